// How Chromium is launched, for the browser tests (playwright.config.ts) and
// `npm run screenshots` alike: Debian's Chromium (never a downloaded one), no
// sandbox (containers have no user namespaces), no GPU, and nothing that
// reaches the network on its own.
export const CHROMIUM_LAUNCH = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};
