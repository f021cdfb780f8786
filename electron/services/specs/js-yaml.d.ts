// The part of js-yaml 4 the parse code uses (the package ships no types).
declare module 'js-yaml' {
  interface Schema {
    extend(types: { implicit?: unknown[]; explicit?: unknown[] }): Schema;
  }
  interface JsYaml {
    CORE_SCHEMA: Schema;
    types: { merge: unknown };
    load(text: string, options?: { schema?: Schema; json?: boolean }): unknown;
  }
  const jsYaml: JsYaml;
  export default jsYaml;
}
