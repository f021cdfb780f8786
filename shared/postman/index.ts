/**
 * Postman Collection v2.0/v2.1 in and out, pure (no Node, no DOM): import a file as a Shoreline
 * collection with captures instead of scripts, secrets withheld and a connection offered; export a
 * collection as a v2.1 file.
 */
export { importPostmanCollection } from './import-collection';
export { importReportJson, type CollectionImportJson } from './import-report';
export type { ConnectionOffer, ImportFinding, ImportReport, PostmanImport, PostmanImportOptions } from './import-types';
export type { PlaceholderHint } from './placeholders';
export type { SecretKind, WithheldSecret } from './secrets';
export { exportPostmanCollection, exportPostmanCollectionText, postmanV21Schema } from './export-collection';
export { readPostmanFile, type PostmanVersion } from './read-file';
export { analyzeScript, type ScriptAnalysis } from './script/analyze-script';
export { captureScriptLines, captureStatement } from './capture-script';
export { describeScript } from './script/describe-script';
export { formatCapturePath, parseCapturePath, readCapturePath, type PathSegment } from './capture-path';
