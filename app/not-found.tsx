import { PageHead } from "@/components/PageHead";

export default function NotFound() {
  return (
    <div className="max-w-2xl">
      <PageHead title="Page not found" noindex />
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">Page not found</h1>
      <p className="mb-4">
        If you typed the web address, check it is correct. If you followed a link, the page may have moved.
      </p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <a href="/careers">Browse all careers</a>
        </li>
        <li>
          <a href="/sources">See the publishers we draw on</a>
        </li>
        <li>
          <a href="/">Go to the home page</a>
        </li>
      </ul>
    </div>
  );
}
