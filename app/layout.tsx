import type { ReactNode } from "react";
import { SiteFooterContent } from "@/components/SiteFooter";
import { SiteHeaderContent } from "@/components/SiteHeader";
import { sameOnEveryPage } from "@/components/static-block";
import "./globals.css";

const headerHtml = sameOnEveryPage(SiteHeaderContent);
const footerHtml = sameOnEveryPage(SiteFooterContent);

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      {/* Next adds the character set and the viewport; each page adds its own tags (PageHead). */}
      <head>
        <meta name="theme-color" content="#0b4f6c" />
        <link rel="icon" href="/favicon.ico" sizes="32x32" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        <link rel="apple-touch-icon" href="/apple-touch-icon.png" />
      </head>
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
