import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { CareerTable } from "@/components/CareerTable";
import { getSite } from "@/lib/content";
import { summarizeCareer } from "@/lib/summaries";

export const metadata: Metadata = {
  title: "All careers",
  description:
    "Every career Careerscope covers, with the number of sources and the range of median salaries they report.",
  alternates: { canonical: "/careers" },
};

export default function CareersPage() {
  const careers = getSite().careers.map(summarizeCareer);
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Careers" }]} />
      <h1 className="mb-3 text-3xl font-bold sm:text-4xl">Careers</h1>
      <p className="mb-6 max-w-2xl text-lg">
        Each career brings together guides from several publishers. Medians are shown as the lowest to the
        highest any source reports, so you can see at once how far they differ.
      </p>
      <CareerTable careers={careers} />
    </>
  );
}
