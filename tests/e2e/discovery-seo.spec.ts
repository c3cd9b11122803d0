import { expect, test, type Page } from "@playwright/test";

type Block = Record<string, unknown> & { "@type": string };

/** Each page type and the JSON-LD types it must carry. */
const pages: Record<string, string[]> = {
  "/": ["WebSite", "Organization"],
  "/careers": ["ItemList", "BreadcrumbList", "Dataset"],
  "/careers/backend-developer": ["Occupation", "BreadcrumbList"],
  "/careers/backend-developer/himalayas": ["Article", "BreadcrumbList", "FAQPage"],
  "/sources": ["ItemList", "BreadcrumbList"],
  "/sources/teal": ["BreadcrumbList"],
  "/compare": ["ItemList", "BreadcrumbList"],
  "/compare/backend-developer-vs-backend-engineer": ["BreadcrumbList"],
};

const has = (block: Record<string, unknown>, ...keys: string[]) => {
  for (const key of keys) expect(block[key], `${block["@type"]}.${key}`).toBeTruthy();
};

/** The properties search engines require of each type. */
function checkRequired(block: Block) {
  expect(block["@context"]).toBe("https://schema.org");
  switch (block["@type"]) {
    case "Occupation":
      has(block, "name", "description", "estimatedSalary", "occupationLocation");
      for (const s of block.estimatedSalary as Block[]) {
        expect(s["@type"]).toBe("MonetaryAmountDistribution");
        has(s, "currency", "duration");
      }
      break;
    case "Article":
      has(block, "headline", "author", "datePublished", "image", "mainEntityOfPage", "about");
      break;
    case "FAQPage":
      for (const q of block.mainEntity as Block[]) {
        has(q, "name", "acceptedAnswer");
        has(q.acceptedAnswer as Block, "text");
      }
      break;
    case "BreadcrumbList":
    case "ItemList": {
      const items = block.itemListElement as Block[];
      expect(items.length).toBeGreaterThan(0);
      items.forEach((item, i) => {
        expect(item.position).toBe(i + 1);
        has(item, "name");
        expect(String(item.item ?? item.url)).toMatch(/^https?:\/\//);
      });
      break;
    }
    case "WebSite":
    case "Organization":
      has(block, "name", "url");
      break;
    case "Dataset":
      has(block, "name", "description", "distribution");
      expect(String(block.description).length).toBeGreaterThanOrEqual(50);
      break;
    default:
      throw new Error(`unexpected JSON-LD type ${block["@type"]}`);
  }
}

async function jsonLd(page: Page): Promise<{ raw: string[]; blocks: Block[] }> {
  const raw = await page.locator('script[type="application/ld+json"]').allTextContents();
  return { raw, blocks: raw.map((text) => JSON.parse(text) as Block) };
}

for (const [path, types] of Object.entries(pages)) {
  test(`${path}: JSON-LD parses, has ${types.join(", ")} with required properties, cannot close its script`, async ({
    page,
  }) => {
    await page.goto(path);
    const { raw, blocks } = await jsonLd(page);
    expect(blocks.map((b) => b["@type"]).sort()).toEqual([...types].sort());
    blocks.forEach(checkRequired);
    // No "<" at all in the script text: nothing can end it early or open a comment.
    for (const text of raw) expect(text).not.toContain("<");
  });

  test(`${path}: social card, og:url, site name, large Twitter card and the feed link`, async ({
    page,
    request,
  }) => {
    await page.goto(path);
    const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).first();
    await expect(meta("og:url")).toHaveAttribute(
      "content",
      new RegExp(`^https?://[^/]+${path === "/" ? "/?" : path}$`),
    );
    await expect(meta("og:site_name")).toHaveAttribute("content", "Careerscope");
    await expect(meta("twitter:card")).toHaveAttribute("content", "summary_large_image");
    const feed = page.locator('link[rel="alternate"][type="application/atom+xml"]');
    await expect(feed).toHaveAttribute("href", /\/feed\.xml$/);
    const image = await meta("og:image").getAttribute("content");
    const response = await request.get(new URL(image ?? "").pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    const png = await response.body();
    // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit integers.
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
}

test("career, guide and comparison pages each use their own card; the others the site default", async ({
  page,
}) => {
  const card = async (path: string) => {
    await page.goto(path);
    return new URL((await page.locator('meta[property="og:image"]').getAttribute("content")) ?? "").pathname;
  };
  expect(await card("/careers/backend-developer")).toBe("/og/backend-developer.png");
  expect(await card("/careers/backend-developer/teal")).toBe("/og/backend-developer.png");
  expect(await card("/compare/backend-developer-vs-backend-engineer")).toBe(
    "/og/backend-developer-vs-backend-engineer.png",
  );
  expect(await card("/sources")).toBe("/og/default.png");
});

/**
 * The rows of a card with light (text) pixels, grouped into bands, one per line of text, each
 * with its ink density: the share of light pixels in the band's bounding box. Bold strokes are
 * wider, so a bold line is denser than a regular one at any size.
 */
async function textBands(
  page: Page,
  src: string,
): Promise<{ top: number; bottom: number; height: number; density: number }[]> {
  return page.evaluate(async (url) => {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2D canvas");
    context.drawImage(image, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, image.width, image.height);
    const light = (i: number) => 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2] > 128;
    const bands: { top: number; bottom: number; height: number; density: number }[] = [];
    let band: { top: number; bottom: number; ink: number; left: number; right: number } | undefined;
    // One row past the last, blank, closes a band that reaches the bottom.
    for (let y = 0; y <= height; y++) {
      let ink = 0;
      let left = width;
      let right = -1;
      for (let x = 0; y < height && x < width; x++) {
        if (!light((y * width + x) * 4)) continue;
        ink++;
        left = Math.min(left, x);
        right = x;
      }
      if (ink) {
        band ??= { top: y, bottom: y, ink: 0, left, right };
        Object.assign(band, {
          bottom: y,
          ink: band.ink + ink,
          left: Math.min(band.left, left),
          right: Math.max(band.right, right),
        });
      } else if (band) {
        const rows = band.bottom - band.top + 1;
        const density = band.ink / ((band.right - band.left + 1) * rows);
        bands.push({ top: band.top, bottom: band.bottom, height: rows, density });
        band = undefined;
      }
    }
    return bands;
  }, src);
}

test("a card's title is drawn bold and its last line (the site's name) regular", async ({ page }) => {
  await page.goto("/");
  for (const card of ["/og/backend-developer.png", "/og/backend-developer-vs-backend-engineer.png"]) {
    const bands = await textBands(page, card);
    const title = bands.reduce((a, b) => (b.height > a.height ? b : a));
    const siteName = bands[bands.length - 1];
    // Measured: a bold title 1.36 and 1.39 times as dense as the regular name, a regular one 0.97 and 0.98.
    expect(title.density / siteName.density, card).toBeGreaterThan(1.2);
  }
});

test("every line of a card is drawn inside its margins, the site's name last", async ({ page }) => {
  await page.goto("/");
  for (const card of [
    "/og/default.png",
    "/og/backend-developer.png",
    "/og/backend-developer-vs-backend-engineer.png",
  ]) {
    const bands = await textBands(page, card);
    // The eyebrow, the title, at least one line of figures, and the site's name.
    expect(bands.length, card).toBeGreaterThanOrEqual(4);
    // The card's padding is 64 px at the top and bottom; descenders reach a little into it.
    expect(bands[0].top, card).toBeGreaterThanOrEqual(48);
    expect(bands[bands.length - 1].bottom, card).toBeLessThanOrEqual(630 - 48);
    // The site's name is the smallest text (28 px): its band is the shortest.
    expect(bands[bands.length - 1].height, card).toBe(Math.min(...bands.map((b) => b.height)));
  }
});

test("the Atom feed is valid Atom with one entry per guide, dated from the guides", async ({
  page,
  request,
}) => {
  const response = await request.get("/feed.xml");
  expect(response.status()).toBe(200);
  const xml = await response.text();
  await page.goto("/");
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const ns = "http://www.w3.org/2005/Atom";
    const root = doc.documentElement;
    const one = (el: Element, name: string) => el.getElementsByTagNameNS(ns, name)[0]?.textContent ?? "";
    return {
      error: doc.getElementsByTagName("parsererror").length > 0,
      root: `${root.namespaceURI} ${root.localName}`,
      id: one(root, "id"),
      title: one(root, "title"),
      updated: one(root, "updated"),
      entries: [...root.getElementsByTagNameNS(ns, "entry")].map((e) => ({
        id: one(e, "id"),
        title: one(e, "title"),
        updated: one(e, "updated"),
        link: e.getElementsByTagNameNS(ns, "link")[0]?.getAttribute("href") ?? "",
      })),
    };
  }, xml);
  expect(feed.error).toBe(false);
  expect(feed.root).toBe("http://www.w3.org/2005/Atom feed");
  expect(feed.title).toContain("Careerscope");
  expect(feed.entries).toHaveLength(5);
  for (const entry of feed.entries) {
    expect(entry.id).toMatch(/^https?:\/\/.+\/careers\/[a-z-]+\/[a-z-]+$/);
    expect(entry.link).toBe(entry.id);
    expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
    expect(entry.title).toMatch(/, according to /);
  }
  expect(feed.updated).toBe(
    feed.entries
      .map((e) => e.updated)
      .sort()
      .at(-1),
  );
  // An entry's link opens its guide.
  const first = new URL(feed.entries[0].link).pathname;
  expect((await request.get(first)).status()).toBe(200);
});

test("without SITE_URL a build is a preview and every page carries noindex; with it none does", async ({
  page,
}) => {
  // The test run sees the same SITE_URL as the build it tests (scripts/test.sh builds first).
  const preview = !process.env.SITE_URL;
  for (const path of ["/", "/careers", "/careers/backend-developer/himalayas", "/search"]) {
    await page.goto(path);
    const robots = page.locator('meta[name="robots"]');
    if (preview) await expect(robots).toHaveAttribute("content", /noindex/);
    else await expect(robots).toHaveCount(0);
  }
  const robotsTxt = await (await page.request.get("/robots.txt")).text();
  expect(robotsTxt).toMatch(preview ? /Disallow: \/\s/ : /Allow: \/\s/);
});
