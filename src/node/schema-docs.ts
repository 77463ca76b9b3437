/**
 * The doc comment of every field of a zod schema, read from the TypeScript source in src/schemas.
 * Zod keeps no comments at run time, so the CMS configuration (src/lib/cms/) gets its labels' hints
 * from here, and the schema files stay the one place where a field is explained.
 *
 * It follows what the schema files do: `z.strictObject({...})`, `z.array(x)`, `z.record(k, v)`,
 * `z.union([...])`, spreads of plain objects of fields, method chains (`.optional()`, `.default()`,
 * `.superRefine()`...) and constants, in the same file or imported from another one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from '@babel/parser';
import type { DocTree } from '../lib/cms/walk.ts';

type Node = { type: string; [key: string]: any };

interface SourceFile {
  file: string;
  /** Top-level constants by name. */
  constants: Map<string, Node>;
  /** The doc comments of top-level constants. */
  constantDocs: Map<string, string>;
  /** Imported names: local name to [file, exported name]. */
  imports: Map<string, [string, string]>;
}

const objectFactories = new Set(['object', 'strictObject', 'looseObject']);

export class SchemaDocs {
  #files = new Map<string, SourceFile>();

  /** The doc tree of `exportName` in `file` (a path to a .ts file). */
  treeOf(file: string, exportName: string): DocTree {
    const source = this.#load(path.resolve(file));
    const node = source.constants.get(exportName);
    if (!node) throw new Error(`${file}: no top-level constant named ${exportName}`);
    const doc = source.constantDocs.get(exportName);
    return { ...this.#resolve(node, source, 0), ...(doc ? { doc } : {}) };
  }

  #load(file: string): SourceFile {
    const known = this.#files.get(file);
    if (known) return known;
    const ast = parse(readFileSync(file, 'utf8'), {
      sourceType: 'module',
      plugins: ['typescript'],
      attachComment: true,
    });
    const source: SourceFile = { file, constants: new Map(), constantDocs: new Map(), imports: new Map() };
    for (const statement of ast.program.body as Node[]) {
      const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
      if (declaration?.type === 'VariableDeclaration')
        for (const d of declaration.declarations)
          if (d.id.type === 'Identifier' && d.init) {
            source.constants.set(d.id.name, d.init);
            const doc = docComment(statement);
            if (doc) source.constantDocs.set(d.id.name, doc);
          }
      if (statement.type === 'ImportDeclaration' && statement.importKind !== 'type')
        for (const s of statement.specifiers)
          if (s.type === 'ImportSpecifier')
            source.imports.set(s.local.name, [
              path.resolve(path.dirname(file), statement.source.value),
              s.imported.name,
            ]);
    }
    this.#files.set(file, source);
    return source;
  }

  #resolve(node: Node, source: SourceFile, depth: number): DocTree {
    if (depth > 40) throw new Error(`${source.file}: schema nested too deeply to read its doc comments`);
    const next = (n: Node, s = source) => this.#resolve(n, s, depth + 1);
    switch (node.type) {
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'ParenthesizedExpression':
        return next(node.expression);
      case 'Identifier': {
        const local = source.constants.get(node.name);
        if (local) return next(local);
        const imported = source.imports.get(node.name);
        if (imported) {
          const other = this.#load(imported[0]);
          const target = other.constants.get(imported[1]);
          if (target) return next(target, other);
        }
        return {};
      }
      case 'ObjectExpression':
        return { fields: this.#fields(node, source, depth) };
      case 'CallExpression': {
        const callee = node.callee as Node;
        if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier') return {};
        const method = callee.property.name as string;
        const onZ = callee.object.type === 'Identifier' && callee.object.name === 'z';
        const args = node.arguments as Node[];
        if (onZ && objectFactories.has(method) && args[0]) return next(args[0]);
        if (onZ && method === 'array' && args[0]) return { element: next(args[0]) };
        if (onZ && method === 'record' && args[1]) return { element: next(args[1]) };
        if (onZ && method === 'union' && args[0]?.type === 'ArrayExpression')
          return { options: args[0].elements.map((e: Node) => next(e)) };
        if (onZ) return {};
        if (method === 'extend' && args[0]) {
          const base = next(callee.object);
          return { ...base, fields: { ...base.fields, ...next(args[0]).fields } };
        }
        // .optional(), .default(), .nullable(), .min(), .superRefine(), .transform()...: the same fields.
        return next(callee.object);
      }
      default:
        return {};
    }
  }

  #fields(object: Node, source: SourceFile, depth: number): Record<string, DocTree> {
    const fields: Record<string, DocTree> = {};
    for (const property of object.properties as Node[]) {
      if (property.type === 'SpreadElement') {
        Object.assign(fields, this.#resolve(property.argument, source, depth + 1).fields);
        continue;
      }
      if (property.type !== 'ObjectProperty') continue;
      const key = property.key.type === 'Identifier' ? property.key.name : property.key.value;
      const tree = this.#resolve(property.value, source, depth + 1);
      const doc = docComment(property);
      fields[key] = doc ? { ...tree, doc } : tree;
    }
    return fields;
  }
}

/** The text of a `/** ... *\/` comment just before a property, on one line. */
function docComment(node: Node): string | undefined {
  const comment = [...((node.leadingComments as Node[] | undefined) ?? [])]
    .reverse()
    .find((c) => c.type === 'CommentBlock' && c.value.startsWith('*'));
  if (!comment) return undefined;
  return (comment.value as string)
    .split('\n')
    .map((line) => line.replace(/^\s*\*+ ?/, '').trim())
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
