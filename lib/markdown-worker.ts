/** The Markdown thread (lib/markdown-thread.ts): each job is a list of texts, rendered as markdownToHtml would. */
import { serveBuildThread } from "./build-thread";
import { renderMarkdown } from "./markdown";

serveBuildThread((texts: string[]) => texts.map(renderMarkdown));
