/**
 * The English text of each JL function, as Excel shows it outside China, projected from the metadata that
 * custom-functions-metadata generates out of the JSDoc of src/functions/functions.ts (descriptions still holding
 * their {parameter.id} placeholders). The generator runs only in Node, and the web page has no build step for it,
 * so the projection is committed beside this file (functions.en.json); test/web/calculatorCatalog.test.ts runs the
 * generator and fails when the two differ, and `JL_WRITE_FUNCTIONS_EN=1 npx jest test/web/calculatorCatalog`
 * rewrites the file.
 */
export interface EnglishFunctionText {
  readonly id: string;
  readonly description: string;
  readonly parameters: ReadonlyArray<{ readonly name: string; readonly description: string }>;
}

interface GeneratedFunction {
  readonly id: string;
  readonly description?: string;
  readonly parameters?: ReadonlyArray<{ readonly name: string; readonly description?: string }>;
}

/** What the calculator reads of the generated metadata: ids, names and descriptions. */
export function englishFunctionTexts(generated: { readonly functions: ReadonlyArray<GeneratedFunction> }): EnglishFunctionText[] {
  return generated.functions.map((f) => ({
    id: f.id,
    description: f.description ?? '',
    parameters: (f.parameters ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
  }));
}
