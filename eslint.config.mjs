// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * One import rule that Node, Vite, Vitest and TypeScript all follow: a file of `src/` is imported as
 * `#src/…` (Node's subpath imports, `"imports"` in package.json), every project file with its extension.
 */
const importRule = [
  {
    regex: '^~/',
    message:
      'Import src/ as #src/… (package.json "imports"): Node, Vite, Vitest and TypeScript all resolve it.',
  },
  {
    regex: '^(#src/|\\.{1,2}/)(?!.*\\.[A-Za-z0-9]+(\\?[\\w&=]*)?$)',
    message: 'Name the file with its extension (#src/lib/report.ts): plain Node does not guess extensions.',
  },
];

export default tseslint.config(
  {
    ignores: ['dist/', '.astro/', '.bench/', '.tmp/', 'test-results/', 'playwright-report/', 'node_modules/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: importRule }],
      'max-len': [
        'error',
        { code: 140, ignoreUrls: true, ignoreStrings: false, ignoreTemplateLiterals: false },
      ],
    },
  },
  {
    // Inside src/, another file of src/ is `#src/…`, never `./` or `../`: one spelling, found by one search.
    files: ['src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...importRule,
            { regex: '^\\.{1,2}/', message: 'Inside src/, import another file of src/ as #src/….' },
          ],
        },
      ],
    },
  },
  {
    // A function fits on a screen; past that it does several steps, which deserve names. (Tests' `describe`
    // blocks are lists of cases and may run on.)
    files: ['src/**', 'tools/**'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  {
    // Tests quote the report and expected output at length: long strings may run on.
    files: ['tests/**'],
    rules: {
      'max-len': [
        'error',
        {
          code: 140,
          ignoreUrls: true,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
        },
      ],
    },
  },
);
