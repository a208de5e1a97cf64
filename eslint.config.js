import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Page content is untrusted: it must never reach the DOM as markup.
const UNTRUSTED_MARKUP = ['innerHTML', 'outerHTML'].map((property) => ({
  property,
  message: 'Page content is untrusted: build DOM nodes or use React.',
}));

// A value written from a copy read before an `await` undoes whatever changed meanwhile.
const STORAGE_WRITES = ['setValue', 'removeValue'].map((property) => ({
  property,
  message:
    'Change stored items with updateItem/updateItems from lib/storage: a function of the latest value.',
}));

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-properties': ['error', ...UNTRUSTED_MARKUP, ...STORAGE_WRITES],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Page content is untrusted.',
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(only|skip)$/][callee.object.name=/^(it|test|describe)$/]',
          message:
            'No .only; a .skip needs a written reason and the eslint-disable comment that carries it.',
        },
      ],
    },
  },
  {
    // The storage module itself, and tests that set up what is stored before they start.
    files: ['lib/storage/index.ts', '**/*.test.ts', '**/*.test.tsx', 'tests/**', '**/testing/**'],
    rules: { 'no-restricted-properties': ['error', ...UNTRUSTED_MARKUP] },
  },
);
