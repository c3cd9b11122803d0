/** One page of each kind the site builds: the pages the SEO and serving specs walk, in one list. */
export const PAGES = [
  "/",
  "/careers",
  "/careers/backend-developer",
  "/careers/backend-developer/teal",
  "/sources",
  "/sources/jobicy",
  "/compare",
  "/compare/backend-developer-vs-backend-engineer",
];
