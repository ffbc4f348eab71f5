// saxon-js ships no TypeScript types; this declares the part of its API we use.
declare module 'saxon-js' {
  interface TransformOptions {
    stylesheetFileName?: string;
    stylesheetInternal?: unknown;
    initialTemplate?: string;
    sourceFileName?: string;
    stylesheetParams?: Record<string, unknown>;
    destination?: 'serialized' | 'raw' | 'document' | 'application' | 'file' | 'stdout';
    baseOutputURI?: string;
    outputProperties?: Record<string, unknown>;
  }
  interface TransformResult {
    principalResult: unknown;
    resultDocuments: Record<string, unknown>;
  }
  const SaxonJS: {
    transform(options: TransformOptions, mode: 'async'): Promise<TransformResult>;
    transform(options: TransformOptions): TransformResult;
  };
  export default SaxonJS;
}
