/**
 * Content-quality warnings: things that are allowed but probably not meant,
 * or that make a guide less useful. Warnings never fail the build or
 * `npm run content:check`; they point at the file, line and field like errors.
 *
 * Pure, like load.ts: it sees the parsed, validated files and the indexes the
 * loader built, never the disk, and takes "now" as a parameter so results do
 * not change with the calendar in tests.
 */
import { findRawHtml } from "../markdown";
import { editDistance } from "../vocabulary/distance";
import { misspeltLevelWord } from "../vocabulary/levels";
import { LookalikeIndex, looksLike } from "../vocabulary/lookalike";
import { nameKey } from "../vocabulary/names";
import { slugify } from "../vocabulary/slug";
import type { ContentIssue } from "./issues";
import type { Source } from "./model";
import type { ParsedFile } from "./parse";
import type { CareerFile, GuideFile, SkillEntry, SkillRef } from "./schema";
import type { NameIndex } from "./taxonomy";
import { at } from "./validate";

type Path = (string | number)[];
type Named = { id: string; name: string; aliases: string[] };

export type WarningInput = {
  sources: readonly { parsed: ParsedFile; value: Source }[];
  careers: readonly { parsed: ParsedFile; value: CareerFile; slug: string }[];
  /** Guides that passed validation and belong to a known career and source. */
  guides: readonly { parsed: ParsedFile; value: GuideFile; careerSlug: string }[];
  skillIndex: NameIndex<SkillEntry>;
  /** Careers by slug, title and alias: what a `related` entry links to. */
  careerIndex: NameIndex<Named>;
};

/** An FAQ answer shorter than this many words is probably a stub. */
const MIN_FAQ_ANSWER_WORDS = 8;
/** Figures older than this many years before the current year are flagged as stale. */
const MAX_FIGURES_AGE_YEARS = 3;

/** Look-alike indexes built once per load, so no check compares every name with every other. */
type Lookalikes = {
  careers: LookalikeIndex<Named>;
  skills: LookalikeIndex<SkillEntry>;
  /** Career titles and aliases, for tier titles. */
  careerTitles: LookalikeIndex<undefined>;
  careerTitleKeys: Set<string>;
  /** Tier titles two or more guides share, with how many. */
  sharedTiers: LookalikeIndex<number>;
};

function lookalikeIndexes(input: WarningInput, counts: TitleCounts): Lookalikes {
  const entries = <T extends Named>(index: NameIndex<T>) =>
    index.names().flatMap((name) => {
      const value = index.find(name);
      return value ? [{ name, value }] : [];
    });
  const titles = input.careers.flatMap((c) => [c.value.title, ...c.value.aliases]);
  return {
    careers: new LookalikeIndex(entries(input.careerIndex)),
    skills: new LookalikeIndex(entries(input.skillIndex)),
    careerTitles: new LookalikeIndex(titles.map((name) => ({ name, value: undefined }))),
    careerTitleKeys: new Set(titles.map(nameKey)),
    sharedTiers: new LookalikeIndex(
      [...counts.values()].filter((c) => c.guides.size > 1).map((c) => ({ name: c.title, value: c.guides.size })),
    ),
  };
}

export function checkWarnings(input: WarningInput, now: Date = new Date()): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const tierTitles = tierTitleCounts(input);
  const lookalikes = lookalikeIndexes(input, tierTitles);
  for (const { parsed, value } of input.sources) {
    issues.push(...rawHtml(parsed, [["description"], ["caveat"]], value));
  }
  for (const { parsed, value } of input.careers) {
    issues.push(...rawHtml(parsed, [["summary"]], value));
    issues.push(...relatedCareers(parsed, value.related, input.careerIndex, lookalikes.careers));
  }
  for (const { parsed, value } of input.guides) {
    issues.push(...guideCoverage(parsed, value));
    issues.push(...figuresYear(parsed, value, now));
    issues.push(...shortFaqAnswers(parsed, value));
    issues.push(...relatedCareers(parsed, value.related, input.careerIndex, lookalikes.careers));
    issues.push(...skillLabels(parsed, value, input.skillIndex, lookalikes.skills));
    issues.push(...tierTitleLookalikes(parsed, value, lookalikes, tierTitles));
    issues.push(...rawHtml(parsed, guideMarkdownPaths(value), value));
    issues.push(...rawHtmlInBody(parsed, value));
  }
  return issues;
}

function warn(parsed: ParsedFile, path: Path, message: string, hint?: string): ContentIssue {
  return { ...at(parsed, path, message, hint), severity: "warning" };
}

/* ------------------------------------------------------------- coverage */

function guideCoverage(parsed: ParsedFile, guide: GuideFile): ContentIssue[] {
  if (guide.salary || guide.tiers.length > 0) return [];
  return [
    warn(
      parsed,
      [],
      "Guide gives no salary and no tiers, so it adds nothing to the pay and career-ladder comparisons",
      "add salary or tiers if the source gives them; if it gives neither, this is fine",
    ),
  ];
}

/* -------------------------------------------------------------- figures */

function hasNumber(value: unknown): boolean {
  if (typeof value === "number") return true;
  if (Array.isArray(value)) return value.some(hasNumber);
  if (value !== null && typeof value === "object") return Object.values(value).some(hasNumber);
  return false;
}

/** Salary or outlook numbers: what a reader would want dated. */
function hasFigures(guide: GuideFile): boolean {
  const { outlook } = guide;
  return (
    hasNumber(guide.salary) ||
    guide.tiers.some((t) => hasNumber(t.salary)) ||
    outlook?.growthPercent !== undefined ||
    outlook?.annualOpenings !== undefined ||
    outlook?.livePostings !== undefined
  );
}

function figuresYear(parsed: ParsedFile, guide: GuideFile, now: Date): ContentIssue[] {
  const year = guide.provenance.figuresYear;
  if (year === undefined) {
    if (!hasFigures(guide)) return [];
    return [
      warn(
        parsed,
        ["provenance"],
        "Guide has salary or outlook figures but no provenance.figuresYear, so readers cannot tell how old they are",
        "add figuresYear under provenance: the year the source's figures refer to, e.g. figuresYear: 2025",
      ),
    ];
  }
  const current = now.getUTCFullYear();
  if (current - year <= MAX_FIGURES_AGE_YEARS) return [];
  return [
    warn(
      parsed,
      ["provenance", "figuresYear"],
      `Figures are from ${year}, more than ${MAX_FIGURES_AGE_YEARS} years before ${current}`,
      "check the source for newer figures; update them and figuresYear, or keep them if the source has none newer",
    ),
  ];
}

/* ----------------------------------------------------------------- FAQs */

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function shortFaqAnswers(parsed: ParsedFile, guide: GuideFile): ContentIssue[] {
  return guide.faqs.flatMap((faq, i) => {
    const words = countWords(faq.answer);
    if (words >= MIN_FAQ_ANSWER_WORDS) return [];
    return [
      warn(
        parsed,
        ["faqs", i, "answer"],
        `FAQ answer is only ${words} word${words === 1 ? "" : "s"} long`,
        "give the source's answer in a sentence or two, in our own words, or drop the question",
      ),
    ];
  });
}

/* ------------------------------------------------------- related careers */

/**
 * Related careers we have no page for are shown as plain text. That is often
 * intended ("Web Developer" before we cover it), so plain titles get one
 * warning per list; an entry that looks like a typo of a career we have, like
 * a slug (meant as a link), or like another entry of the list, gets its own.
 */
function relatedCareers(
  parsed: ParsedFile,
  related: readonly string[],
  index: NameIndex<Named>,
  lookalikes: LookalikeIndex<Named>,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const plain: string[] = [];
  const short = related.length <= MAX_LOOKALIKE_LIST;
  // Names seen so far, by name key and by the career they link to ("backend-engineer", "Back-End Engineer").
  const seen = new Map<string, string>();
  const earlier = new LookalikeIndex<undefined>();
  related.forEach((name, i) => {
    const key = nameKey(name);
    const linked = index.find(name)?.id;
    const twin =
      seen.get(key) ??
      (linked === undefined ? undefined : seen.get(`career:${linked}`)) ??
      (short ? earlier.find(name)[0]?.name : undefined);
    earlier.add(name, undefined);
    if (!seen.has(key)) seen.set(key, name);
    if (linked !== undefined && !seen.has(`career:${linked}`)) seen.set(`career:${linked}`, name);
    if (twin !== undefined) {
      issues.push(warn(parsed, ["related", i], `Related careers "${twin}" and "${name}" look like the same career`, "keep one of the two"));
      return;
    }
    if (index.find(name)) return;
    const near = short ? [...new Set(lookalikes.find(name).map((c) => c.value))] : [];
    if (near.length > 0) {
      issues.push(
        warn(
          parsed,
          ["related", i],
          `Related career "${name}" matches no career, so it is shown as plain text`,
          `did you mean ${near.map((c) => `"${c?.name}" (${c?.id})`).join(" or ")}?`,
        ),
      );
    } else if (/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(name)) {
      issues.push(
        warn(
          parsed,
          ["related", i],
          `Related career "${name}" looks like a career slug, but there is no content/careers/${name}/career.yaml, so it is shown as plain text`,
          "write the career's title instead, or add the career",
        ),
      );
    } else {
      plain.push(name);
    }
  });
  if (plain.length > 0) {
    const names = plain.map((n) => `"${n}"`).join(", ");
    const message =
      plain.length === 1
        ? `Related career ${names} has no career page yet, so it is shown as plain text`
        : `${plain.length} related careers have no career page yet, so they are shown as plain text: ${names}`;
    const each = plain.length === 1 ? "it becomes" : "each becomes";
    issues.push(
      warn(parsed, ["related"], message, `${each} a link once a career with that title or alias exists, e.g. content/careers/${slugify(plain[0]) || "<career>"}/career.yaml`),
    );
  }
  return issues;
}

/* ------------------------------------------------------ near-duplicates */

/**
 * Lists longer than this are not searched for look-alikes: no real guide
 * comes near, and comparing every item with every other in a list of
 * thousands would take minutes.
 */
const MAX_LOOKALIKE_LIST = 200;

type SkillList = { path: Path; refs: readonly SkillRef[] };

/**
 * A `{label, refs}` item whose label names, or nearly names, a canonical
 * skill that is not among its refs: "Postgress" with refs [sql] was probably
 * meant to count for PostgreSQL too. Plain names are resolved (or refused) by
 * the loader, so only labels are checked here.
 */
function skillLabels(
  parsed: ParsedFile,
  guide: GuideFile,
  index: NameIndex<SkillEntry>,
  lookalikes: LookalikeIndex<SkillEntry>,
): ContentIssue[] {
  const lists: SkillList[] = [
    { path: ["skills", "technical"], refs: guide.skills.technical },
    { path: ["skills", "soft"], refs: guide.skills.soft },
    { path: ["tools"], refs: guide.tools },
  ];
  const issues: ContentIssue[] = [];
  for (const list of lists) {
    if (list.refs.length > MAX_LOOKALIKE_LIST) continue;
    list.refs.forEach((ref, i) => {
      if (typeof ref === "string") return;
      const refIds = new Set(ref.refs.map((r) => index.find(r)?.id));
      const exact = index.find(ref.label);
      if (exact) {
        if (!refIds.has(exact.id)) {
          issues.push(
            warn(
              parsed,
              [...list.path, i, "label"],
              `Skill label "${ref.label}" names the skill "${exact.name}", but its refs do not include it`,
              `add ${exact.id} to refs, or reword the label`,
            ),
          );
        }
        return;
      }
      // The nearest canonical names the label looks like; none of them may be among its refs.
      const label = nameKey(ref.label);
      const near = lookalikes
        .find(ref.label)
        .map((c) => c.name)
        .sort((a, b) => editDistance(label, nameKey(a)) - editDistance(label, nameKey(b)));
      if (near.length === 0 || near.some((name) => refIds.has(index.find(name)?.id))) return;
      const entry = index.find(near[0]);
      if (!entry) return;
      // Show the name or alias it looks like ("Postgres"), not the bare id.
      const like = near[0] === entry.id ? entry.name : near[0];
      issues.push(
        warn(
          parsed,
          [...list.path, i, "label"],
          `Skill label "${ref.label}" looks like the skill "${like}" but does not resolve to it`,
          `if it means ${entry.name}, correct the spelling and add ${entry.id} to refs; if it is a different skill, this is fine`,
        ),
      );
    });
  }
  return issues;
}

type TitleCounts = Map<string, { title: string; guides: Set<string> }>;

/** Every tier title in use, by name key, with the guides that use it. */
function tierTitleCounts(input: WarningInput): TitleCounts {
  const counts: TitleCounts = new Map();
  for (const { parsed, value } of input.guides) {
    for (const tier of value.tiers) {
      const key = nameKey(tier.title);
      const entry = counts.get(key) ?? { title: tier.title, guides: new Set<string>() };
      entry.guides.add(parsed.file);
      counts.set(key, entry);
    }
  }
  return counts;
}

/**
 * A tier title that nearly matches a canonical one: a career's title or alias,
 * a salary level of the same guide (levels find their tier by exact title), or
 * a title more guides use. Titles as common as each other are not compared,
 * since neither can be called the canonical spelling.
 */
function tierTitleLookalikes(
  parsed: ParsedFile,
  guide: GuideFile,
  lookalikes: Lookalikes,
  counts: TitleCounts,
): ContentIssue[] {
  if (guide.tiers.length > MAX_LOOKALIKE_LIST) return [];
  const levels = (guide.salary?.byLevel ?? []).slice(0, MAX_LOOKALIKE_LIST).map((level) => level.level);
  const levelKeys = new Set(levels.map(nameKey));
  const issues: ContentIssue[] = [];
  guide.tiers.forEach((tier, i) => {
    const key = nameKey(tier.title);
    if (lookalikes.careerTitleKeys.has(key) || levelKeys.has(key)) return;
    const own = counts.get(key)?.guides.size ?? 1;
    // In order of authority: a career title, a level of this guide, a title more guides use.
    const career = lookalikes.careerTitles.find(tier.title)[0];
    const level = career ? undefined : levels.find((title) => looksLike(tier.title, title));
    const common = career || level ? undefined : lookalikes.sharedTiers.find(tier.title).find((c) => c.value > own);
    const match = career
      ? { title: career.name, why: "a career title" }
      : level !== undefined
        ? { title: level, why: "a salary level in this guide" }
        : common && { title: common.name, why: `used in ${common.value} guides` };
    if (match) {
      issues.push(
        warn(
          parsed,
          ["tiers", i, "title"],
          `Tier title "${tier.title}" looks like "${match.title}" (${match.why})`,
          "if it is the same stage, spell it the same way so comparisons line them up",
        ),
      );
      return;
    }
    const word = tier.title
      .split(/[^\p{L}]+/u)
      .map((w) => ({ word: w, like: misspeltLevelWord(w) }))
      .find((w) => w.like);
    if (word?.like) {
      issues.push(
        warn(
          parsed,
          ["tiers", i, "title"],
          `Tier title "${tier.title}": "${word.word}" looks like the level word "${word.like}"`,
          `comparisons place tiers by level words such as "${word.like}"; correct the spelling if that is what it means`,
        ),
      );
    }
  });
  return issues;
}

/* ------------------------------------------------------------ raw HTML */

/** Fields written in Markdown, as rendered by the pages (see the schema's `markdown` fields). */
function guideMarkdownPaths(guide: GuideFile): Path[] {
  return [
    ["summary"],
    ["salary", "note"],
    ...guide.tiers.map((_, i): Path => ["tiers", i, "summary"]),
    ...guide.certifications.map((_, i): Path => ["certifications", i, "proves"]),
    ...guide.faqs.map((_, i): Path => ["faqs", i, "answer"]),
    ...(guide.education?.paths ?? []).map((_, i): Path => ["education", "paths", i, "detail"]),
    ["dayInTheLife"],
    ["workLife", "summary"],
  ];
}

function valueAt(data: unknown, path: Path): unknown {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = Reflect.get(node, key);
  }
  return node;
}

function htmlMessage(tags: string[]): string {
  const distinct = [...new Set(tags.map((t) => (t.length > 30 ? `${t.slice(0, 30)}…` : t)))];
  const shown = distinct.slice(0, 3).join(", ");
  const more = distinct.length > 3 ? ` and ${distinct.length - 3} more` : "";
  return `Raw HTML ${shown}${more} is stripped from the page`;
}

const HTML_HINT = "write it in Markdown instead (**bold**, *italic*, [text](https://…), lists), or remove it";

function rawHtml(parsed: ParsedFile, paths: Path[], data: unknown): ContentIssue[] {
  return paths.flatMap((path) => {
    const text = valueAt(data, path);
    if (typeof text !== "string") return [];
    const tags = findRawHtml(text);
    return tags.length ? [warn(parsed, path, htmlMessage(tags), HTML_HINT)] : [];
  });
}

/** The body of a Markdown guide, pointing at the line of the first tag. */
function rawHtmlInBody(parsed: ParsedFile, guide: GuideFile): ContentIssue[] {
  const tags = findRawHtml(guide.body);
  if (tags.length === 0) return [];
  const issue = warn(parsed, ["body"], htmlMessage(tags), HTML_HINT);
  if (parsed.body === undefined || parsed.bodyLine === undefined) return [issue];
  const line = parsed.bodyLine + firstLineWithHtml(parsed.body);
  return [{ ...issue, line, column: 1 }];
}

/**
 * The 0-based line of the body where the first raw tag is: the shortest run
 * of whole lines in which findRawHtml finds one, by bisection, so that code
 * spans and fences are skipped exactly as on the page.
 */
function firstLineWithHtml(body: string): number {
  const lines = body.split("\n");
  let low = 1;
  let high = lines.length;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (findRawHtml(lines.slice(0, mid).join("\n")).length > 0) high = mid;
    else low = mid + 1;
  }
  return low - 1;
}
