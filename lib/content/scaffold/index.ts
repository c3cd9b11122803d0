/** `npm run content:new`: what to create (plan.ts) and the templates, generated from the schemas (templates.ts). */
export { planScaffold, type ScaffoldFile, type ScaffoldRequest } from "./plan";
export { careerTemplate, guideTemplate, sourceTemplate, type GuideFormat } from "./templates";
