// Lint rules. Beyond Next's own: only lib/** may import the database client or read
// process.env (CONVENTIONS.md), so pages and components cannot bypass the domain layer.
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      '.next*/**',
      'node_modules/**',
      '.data/**',
      'lib/generated/**',
      'next-env.d.ts',
      'playwright-report/**',
      'test-results/**',
    ],
  },
  {
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@prisma/client', message: 'Only lib/** talks to the database: call a domain function.', allowTypeImports: true },
            { name: 'pg', message: 'Only lib/** talks to the database.' },
            { name: 'next/link', message: "Use '@/components/ui/link': links do not prefetch (issue 18)." },
          ],
          patterns: [
            { group: ['@/lib/server/db', '**/lib/server/db'], message: 'Only lib/** talks to the database: call a domain function.' },
          ],
        },
      ],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read settings through lib/env.ts.' }],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
]

export default config
