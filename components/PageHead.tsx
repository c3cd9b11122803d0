import type { ReactNode } from "react";
import { pageHead, type PageInput } from "@/lib/seo/metadata";
import { SITE_NAME } from "@/lib/site";

/**
 * A page's <title>, description, canonical link, feed link and social-card
 * tags (lib/seo/metadata.ts). Rendered anywhere in the page: React moves
 * <title>, <meta> and <link> elements into the document's <head>.
 */
export function PageHead(props: PageInput) {
  const head = pageHead(props);
  const { image } = head;
  return (
    <>
      <title>{head.title}</title>
      <meta name="description" content={head.description} />
      {head.robots && <meta name="robots" content={head.robots} />}
      {head.url && <link rel="canonical" href={head.url} />}
      <link rel="alternate" type="application/atom+xml" href={head.feed.href} title={head.feed.title} />
      <meta property="og:title" content={head.title} />
      <meta property="og:description" content={head.description} />
      {head.url && <meta property="og:url" content={head.url} />}
      <meta property="og:site_name" content={SITE_NAME} />
      <meta property="og:locale" content="en_US" />
      <meta property="og:image" content={image.url} />
      <meta property="og:image:type" content={image.type} />
      <meta property="og:image:width" content={String(image.width)} />
      <meta property="og:image:height" content={String(image.height)} />
      <meta property="og:image:alt" content={image.alt} />
      <meta property="og:type" content="website" />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={head.title} />
      <meta name="twitter:description" content={head.description} />
      <meta name="twitter:image" content={image.url} />
    </>
  );
}

/**
 * A page component with its head tags: `head` says what they are, from the
 * same props (a route's params) the page gets; undefined for none, where the
 * page itself answers 404.
 */
export function withPageHead<P extends object>(
  head: (props: P) => PageInput | undefined | Promise<PageInput | undefined>,
  Page: (props: P) => ReactNode | Promise<ReactNode>,
) {
  async function PageWithHead(props: P) {
    const tags = await head(props);
    return (
      <>
        {tags && <PageHead {...tags} />}
        <Page {...props} />
      </>
    );
  }
  PageWithHead.displayName = Page.name;
  return PageWithHead;
}
