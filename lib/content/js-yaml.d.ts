/**
 * The part of js-yaml 3 that yaml-fast.ts uses (the package ships no types,
 * and @types/js-yaml would be one more dependency for five declarations).
 */
declare module "js-yaml" {
  type LoaderState = { input: string; position: number; kind: string | null; tag: string | null; anchorMap: Record<string, unknown> };
  export class Type {
    constructor(tag: string, options: { kind: "scalar"; resolve: (data: string) => boolean; construct: (data: string) => unknown });
  }
  export class Schema {
    constructor(definition: { implicit?: Type[]; explicit?: Type[] });
  }
  export function load(input: string, options: { schema: Schema; listener?: (event: "open" | "close", state: LoaderState) => void }): unknown;
}
