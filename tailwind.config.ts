/**
 * Tailwind CSS 4 reads its theme from app/globals.css (`@theme`); this file,
 * loaded there with `@config`, holds what is easier to say in TypeScript:
 * where classes are used.
 */
import type { Config } from "tailwindcss";

const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
};

export default config;
