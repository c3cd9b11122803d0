// Lint rules for the whole project (flat config). Besides the usual TypeScript
// and React checks, it enforces the one-way data flow the README describes:
//   content/ → lib/ → app/ → components/
// lib never imports app or components; app and components reach the content
// model only through "@/lib/content", never its internal modules.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactPlugin from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// See the no-html-link-for-pages comment below.
const nextLink = { name: "next/link", message: "Use a plain <a>: see eslint.config.mjs." };

const contentInternals = {
  group: ["@/lib/content/*", "**/lib/content/*"],
  message: "Pages and components reach content only through '@/lib/content'.",
};

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "out/**",
      "node_modules/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      "screenshots/**",
      "public/pagefind/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      eqeqeq: ["error", "smart"],
      // Prettier owns line breaks (as eslint-config-prettier does).
      "no-unexpected-multiline": "off",
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    plugins: { react: reactPlugin, "react-hooks": reactHooks, "@next/next": nextPlugin },
    languageOptions: { globals: { ...globals.browser } },
    settings: { react: { version: "19" } },
    rules: {
      ...reactPlugin.configs.flat.recommended.rules,
      ...reactPlugin.configs.flat["jsx-runtime"].rules,
      ...reactHooks.configs.recommended.rules,
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "react/prop-types": "off",
      // Plain anchors on purpose: next/link prefetched the payload of every
      // link in view (20 fetches, 367 KB, reading one hub) and added its own
      // client code to every page. A static site reloads pages from cache.
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  {
    files: ["lib/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/app/*", "@/components/*", "**/app/*", "**/components/*"],
              message: "lib/ is pure: it never imports app/ or components/.",
            },
            {
              group: ["react", "react-dom", "next", "next/*"],
              message: "lib/ holds pure functions with no React or Next.",
            },
            {
              group: ["@/*"],
              message:
                "lib/ imports its own modules by relative paths: `bench-content --against` runs another checkout's lib/ beside this one, and `@/` would resolve to this one.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { paths: [nextLink], patterns: [contentInternals] }] },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [nextLink],
          patterns: [
            contentInternals,
            { group: ["@/app/*", "**/app/*"], message: "Components never import routes." },
          ],
        },
      ],
    },
  },
);
