/**
 * Which sources agree on skills, tools and certifications, and career against
 * career: what both careers' sources name and what only one's do.
 */
import { describe, expect, it } from "vitest";
import {
  bySourceSet,
  compareCertifications,
  compareSkills,
  type Agreement,
  type AgreementGroup,
} from "@/lib/compare/agreement";
import { allPairs, compareCareerPair, overlap, pairSlug } from "@/lib/compare/pair";
import type { Career, Guide } from "@/lib/content/index";
import type { SkillEntry } from "@/lib/content/schema";
import { careerWith, guideMd, real, realCareer } from "./builders";
import { CERTIFICATIONS, SKILLS } from "./helpers";

/* ----------------------------------------------------------------- fixtures */

const skillTaxonomy = `skills:
  - { id: python, name: "Python", category: Languages, type: technical }
  - { id: go, name: "Go", aliases: [Golang], category: Languages, type: technical }
  - { id: sql, name: "SQL", category: Databases, type: technical }
  - { id: docker, name: "Docker", category: Containers, type: technical }
  - { id: git, name: "Git", category: Version control, type: technical }
  - { id: debugging, name: "Debugging", category: Quality, type: technical }
  - { id: communication, name: "Communication", category: Soft skills, type: soft }
  - { id: teamwork, name: "Teamwork", category: Soft skills, type: soft }
`;

const certificationTaxonomy = `certifications:
  - { id: aws-developer-associate, name: "AWS Certified Developer – Associate", issuer: "Amazon Web Services", aliases: ["AWS Developer Associate", "AWS Certified Developer - Associate"], category: Cloud }
  - { id: cka, name: "Certified Kubernetes Administrator", issuer: "CNCF", aliases: [CKA], category: Containers }
  - { id: azure-developer-associate, name: "Microsoft Certified: Azure Developer Associate", issuer: "Microsoft", aliases: [AZ-204], category: Cloud }
`;

/** The helper's career and source, with these taxonomies and guides in place of its own. */
function careerWithTaxonomies(guides: Record<string, string>): Career {
  return careerWith(guides, { files: { [SKILLS]: skillTaxonomy, [CERTIFICATIONS]: certificationTaxonomy } });
}

const synthetic = careerWithTaxonomies({
  alpha: guideMd(
    "alpha",
    `skills:
  technical:
    - python
    - { label: "Go and Python", refs: [golang, python] }
    - sql
  soft: [communication, debugging]
tools: [Git, Docker]
certifications:
  - name: AWS Developer Associate
  - name: CKA
`,
  ),
  beta: guideMd(
    "beta",
    `skills:
  technical: [Python, Docker]
  soft:
    - { label: "Teamwork and communication", refs: [teamwork, communication] }
tools: [git]
certifications:
  - name: AWS Certified Developer - Associate
  - name: AZ-204
`,
  ),
  gamma: guideMd("gamma", "tools: [Docker]\n"),
});

const summary = (groups: AgreementGroup<SkillEntry>[]) =>
  groups.map((g) => [g.category, g.items.map((i) => `${i.entry.id}:${i.sourceCount}`)]);

function find<T extends { id: string }>(items: Agreement<T>[], id: string): Agreement<T> {
  const found = items.find((a) => a.entry.id === id);
  if (!found) throw new Error(`No agreement for ${id}`);
  return found;
}

/** Ids a guide names in its skill lists (technical and soft), worked out apart from agreement.ts. */
const skillIdsOf = (g: Guide) =>
  new Set([...g.skills.technical, ...g.skills.soft].flatMap((m) => m.skills.map((s) => s.id)));

/* ----------------------------------------------------------------- skills */

describe("compareSkills on small guides", () => {
  const matrix = compareSkills(synthetic.guides);

  it("lists only the sources that list skills", () => {
    expect(matrix.sources).toEqual([
      { id: "alpha", name: "ALPHA" },
      { id: "beta", name: "BETA" },
    ]);
  });

  it("counts each canonical skill once per source, keeping each source's wording", () => {
    const technical = matrix.technical.flatMap((g) => g.items);
    const python = find(technical, "python");
    expect(python.sourceIds).toEqual(["alpha", "beta"]);
    expect(python.sourceCount).toBe(2);
    expect(python.wording).toEqual({ alpha: ["python", "Go and Python"], beta: ["Python"] });
    expect(find(technical, "go").wording).toEqual({ alpha: ["Go and Python"] });
  });

  it("puts each entry in the column of its own type, whichever list the source used", () => {
    // alpha lists debugging (a technical skill) under soft skills.
    expect(summary(matrix.technical)).toEqual([
      ["Languages", ["python:2", "go:1"]],
      ["Containers", ["docker:1"]],
      ["Databases", ["sql:1"]],
      ["Quality", ["debugging:1"]],
    ]);
    expect(summary(matrix.soft)).toEqual([["Soft skills", ["communication:2", "teamwork:1"]]]);
  });

  it("tallies tools apart, over the sources that list tools", () => {
    expect(summary(matrix.tools)).toEqual([
      ["Containers", ["docker:2"]],
      ["Version control", ["git:2"]],
    ]);
    expect(
      find(
        matrix.tools.flatMap((g) => g.items),
        "docker",
      ).sourceIds,
    ).toEqual(["alpha", "gamma"]);
    expect(matrix.technical.flatMap((g) => g.items).map((i) => i.entry.id)).not.toContain("git");
  });
});

describe("compareSkills on the real backend-developer guides", () => {
  const guides = realCareer("backend-developer").guides;
  const matrix = compareSkills(guides);
  const technical = matrix.technical.flatMap((g) => g.items);
  const soft = matrix.soft.flatMap((g) => g.items);
  const tools = matrix.tools.flatMap((g) => g.items);

  it("has all four sources listing skills", () => {
    expect(matrix.sources.map((s) => s.id)).toEqual(["himalayas", "jobicy", "skillexchange", "teal"]);
  });

  it("has Docker and Kubernetes named by all four", () => {
    for (const id of ["docker", "kubernetes", "python", "sql"]) {
      expect(find(technical, id).sourceIds).toEqual(["himalayas", "jobicy", "skillexchange", "teal"]);
    }
    expect(find(technical, "docker").wording.himalayas).toEqual([
      "Containerisation and orchestration (Docker, Kubernetes, Helm)",
    ]);
    expect(find(technical, "go").sourceCount).toBe(3);
  });

  it("counts every skill as the guides name it", () => {
    for (const item of [...technical, ...soft]) {
      const naming = guides.filter((g) => skillIdsOf(g).has(item.entry.id)).map((g) => g.source.id);
      expect(item.sourceIds, item.entry.id).toEqual(naming);
      expect(item.sourceCount).toBe(naming.length);
    }
    const all = new Set(guides.flatMap((g) => [...skillIdsOf(g)]));
    expect(technical.length + soft.length).toBe(all.size);
  });

  it("sorts items by agreement then name, and categories by their best-agreed item", () => {
    for (const groups of [matrix.technical, matrix.soft, matrix.tools]) {
      for (const group of groups) {
        for (let i = 1; i < group.items.length; i++) {
          const [a, b] = [group.items[i - 1], group.items[i]];
          expect(
            a.sourceCount > b.sourceCount ||
              (a.sourceCount === b.sourceCount && a.entry.name.localeCompare(b.entry.name) <= 0),
          ).toBe(true);
        }
      }
      const best = groups.map((g) => g.items[0].sourceCount);
      expect(best).toEqual([...best].sort((x, y) => y - x));
    }
  });

  it("splits technical and soft by the canonical entry's type", () => {
    for (const item of technical) expect(item.entry.type).toBe("technical");
    for (const item of soft) expect(item.entry.type).toBe("soft");
    // Himalayas lists "Debugging under pressure" and "Design for observability" as soft skills.
    expect(find(technical, "debugging").sourceIds).toContain("himalayas");
    expect(find(technical, "monitoring").sourceIds).toEqual(["himalayas"]);
    expect(soft.map((i) => i.entry.id)).not.toContain("debugging");
    expect(find(soft, "problem-solving").sourceCount).toBe(4);
  });

  it("keeps tools separate: Docker as a tool from the three sources that list it as one", () => {
    expect(find(tools, "docker").sourceIds).toEqual(["himalayas", "jobicy", "teal"]);
    expect(tools.map((i) => i.entry.id)).toContain("vscode");
    expect([...technical, ...soft].map((i) => i.entry.id)).not.toContain("vscode");
  });
});

/* ----------------------------------------------------------------- certifications */

describe("compareCertifications", () => {
  it("counts certifications by canonical id, with the sources' own names", () => {
    const certs = compareCertifications(synthetic.guides);
    expect(certs.map((c) => [c.entry.id, c.sourceCount])).toEqual([
      ["aws-developer-associate", 2],
      ["cka", 1],
      ["azure-developer-associate", 1],
    ]);
    expect(certs[0].wording).toEqual({
      alpha: ["AWS Developer Associate"],
      beta: ["AWS Certified Developer - Associate"],
    });
    expect(certs[0].entry.issuer).toBe("Amazon Web Services");
  });

  it("puts the AWS developer certification first for backend developers, with its issuer", () => {
    const certs = compareCertifications(realCareer("backend-developer").guides);
    expect(certs[0].entry).toMatchObject({ id: "aws-developer-associate", issuer: "Amazon Web Services" });
    expect(certs[0].sourceIds).toEqual(["himalayas", "jobicy", "skillexchange"]);
    expect(certs[0].wording.himalayas).toEqual(["AWS Certified Developer"]);
    // Three certifications are named by three sources each: ties go by name.
    expect(certs.map((c) => [c.entry.id, c.sourceCount])).toEqual([
      ["aws-developer-associate", 3],
      ["google-professional-cloud-developer", 3],
      ["azure-developer-associate", 3],
      ["oracle-java-se-programmer", 2],
      ["aws-solutions-architect", 1],
      ["docker-certified-associate", 1],
    ]);
  });
});

/* ----------------------------------------------------------------- pairs */

describe("overlap", () => {
  const e = (id: string, name: string) => ({ id, name });

  it("splits entries into both, only A and only B, each sorted by name", () => {
    const a = [e("sql", "SQL"), e("go", "Go"), e("aws", "AWS"), e("python", "Python")];
    const b = [e("rust", "Rust"), e("python", "Python"), e("aws", "AWS"), e("c", "C")];
    expect(overlap(a, b)).toEqual({
      both: [e("aws", "AWS"), e("python", "Python")],
      onlyA: [e("go", "Go"), e("sql", "SQL")],
      onlyB: [e("c", "C"), e("rust", "Rust")],
    });
  });

  it("matches by id, not by name", () => {
    expect(overlap([e("k8s", "Kubernetes")], [e("kubernetes", "Kubernetes")])).toEqual({
      both: [],
      onlyA: [e("k8s", "Kubernetes")],
      onlyB: [e("kubernetes", "Kubernetes")],
    });
  });

  it("handles an empty side", () => {
    expect(overlap([], [e("go", "Go")])).toEqual({ both: [], onlyA: [], onlyB: [e("go", "Go")] });
  });
});

describe("pairSlug and allPairs", () => {
  it("orders the two careers alphabetically in the slug", () => {
    expect(pairSlug("backend-engineer", "backend-developer")).toBe("backend-developer-vs-backend-engineer");
    expect(pairSlug("backend-developer", "backend-engineer")).toBe("backend-developer-vs-backend-engineer");
  });

  it("lists every unordered pair once, in slug order", () => {
    const careers = [
      { slug: "web-developer" },
      { slug: "backend-engineer" },
      { slug: "data-engineer" },
      { slug: "backend-developer" },
    ];
    const pairs = allPairs(careers).map(([a, b]) => [a.slug, b.slug]);
    expect(pairs).toEqual([
      ["backend-developer", "backend-engineer"],
      ["backend-developer", "data-engineer"],
      ["backend-developer", "web-developer"],
      ["backend-engineer", "data-engineer"],
      ["backend-engineer", "web-developer"],
      ["data-engineer", "web-developer"],
    ]);
    for (const [a, b] of allPairs(careers)) expect(pairSlug(b.slug, a.slug)).toBe(`${a.slug}-vs-${b.slug}`);
  });

  it("has no pairs for fewer than two careers", () => {
    expect(allPairs([{ slug: "solo" }])).toEqual([]);
    expect(allPairs([])).toEqual([]);
  });

  it("pairs the two real careers", () => {
    if (!real.ok) throw new Error("Real content failed to load");
    expect(allPairs(real.site.careers).map(([a, b]) => pairSlug(a.slug, b.slug))).toEqual([
      "backend-developer-vs-backend-engineer",
    ]);
  });
});

describe("compareCareerPair on the real careers", () => {
  const pair = compareCareerPair(realCareer("backend-developer"), realCareer("backend-engineer"));
  const idsOf = (list: { id: string }[]) => list.map((x) => x.id);

  it("compares each career's salaries and ladders on their own", () => {
    expect(pair.salary.a.consensus?.medianOfMedians).toBe(100000);
    expect(pair.salary.b.consensus?.medianOfMedians).toBe(164201);
    expect(pair.ladder.a.sourcesWithTiers).toBe(4);
    expect(pair.ladder.b.sourcesWithTiers).toBe(1);
  });

  it("splits skills into both, only backend developer and only backend engineer", () => {
    expect(idsOf(pair.skills.both)).toEqual(
      expect.arrayContaining(["docker", "kubernetes", "python", "communication"]),
    );
    expect(idsOf(pair.skills.onlyA)).toEqual(expect.arrayContaining(["php", "terraform", "leadership"]));
    expect(idsOf(pair.skills.onlyB)).toEqual(["dynamodb", "grpc", "serverless"]);
    const total = pair.skills.both.length + pair.skills.onlyA.length + pair.skills.onlyB.length;
    expect(
      new Set([...pair.skills.both, ...pair.skills.onlyA, ...pair.skills.onlyB].map((s) => s.id)).size,
    ).toBe(total);
  });

  it("compares tools apart from skills", () => {
    expect(idsOf(pair.tools.onlyB).sort()).toEqual(["pagerduty", "slack"]);
    expect(idsOf(pair.tools.both).sort()).toEqual(["expressjs", "github", "spring-boot"]);
  });

  it("splits certifications, sorted by name", () => {
    expect(idsOf(pair.certifications.both)).toEqual([
      "aws-developer-associate",
      "docker-certified-associate",
      "google-professional-cloud-developer",
    ]);
    expect(idsOf(pair.certifications.onlyA)).toEqual([
      "aws-solutions-architect",
      "azure-developer-associate",
      "oracle-java-se-programmer",
    ]);
    expect(idsOf(pair.certifications.onlyB)).toEqual(["cka", "oracle-java-se-17-developer"]);
  });
});

describe("bySourceSet: the hub's who-names-what table", () => {
  const matrix = compareSkills(realCareer("backend-developer").guides);
  const groups = [...matrix.technical, ...matrix.soft];
  const order = matrix.sources.map((s) => s.id);
  const sets = bySourceSet(groups, order);

  it("puts every skill in exactly one row, the row of the sources that name it", () => {
    const placed = sets.flatMap((set) =>
      set.groups.flatMap((g) => g.items.map((i): [string, string] => [i.entry.id, set.sourceIds.join(" ")])),
    );
    const items = groups.flatMap((g) => g.items);
    expect(placed).toHaveLength(items.length);
    expect(new Map(placed)).toEqual(new Map(items.map((i) => [i.entry.id, i.sourceIds.join(" ")])));
  });

  it("lists most sources first, then in the sources' order, each set once", () => {
    const keys = sets.map((s) => s.sourceIds.join(" "));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys[0]).toBe("himalayas jobicy skillexchange teal");
    const sizes = sets.map((s) => s.sourceIds.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(keys.filter((k) => !k.includes(" "))).toEqual(order.filter((id) => keys.includes(id)));
  });

  it("keeps the category order within a row", () => {
    const categories = groups.map((g) => g.category);
    for (const set of sets) {
      const seen = set.groups.map((g) => categories.indexOf(g.category));
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
    }
  });
});
