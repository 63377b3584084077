// tsc emits only JavaScript: the data files the compiled service reads beside its modules (the
// persisted documents' manifest) are copied into dist/ after it, so dist/ runs on its own.
import { cpSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const file of ['graphql/persisted/persisted-documents.json']) {
  cpSync(join(root, 'src', file), join(root, 'dist', file));
}
