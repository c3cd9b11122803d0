import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooterContent } from "@/components/SiteFooter";
import { SiteHeaderContent } from "@/components/SiteHeader";
import { sameOnEveryPage } from "@/components/static-block";
import { siteMetadata } from "@/lib/seo/metadata";
import { SITE_NAME, SITE_TAGLINE, siteUrl } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: `${SITE_NAME}: ${SITE_TAGLINE}`, template: `%s | ${SITE_NAME}` },
  ...siteMetadata(
    "Career guides from several publishers, checked and compared: salaries, career ladders, skills and certifications, each credited to its source.",
  ),
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "32x32" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-touch-icon.png",
  },
};

const headerHtml = sameOnEveryPage(SiteHeaderContent);
const footerHtml = sameOnEveryPage(SiteFooterContent);

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b4f6c" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="skip">
          Skip to main content
        </a>
        <header className="site-header" dangerouslySetInnerHTML={{ __html: headerHtml() }} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer" dangerouslySetInnerHTML={{ __html: footerHtml() }} />
      </body>
    </html>
  );
}
