/**
 * The Hugo comparison: the same .mdx entries as Markdown with front matter, and a minimal layout
 * that gives each entry one page with its title, summary and body (as the Astro baseline does).
 * Every field of the entry is kept, under `cst:`, because several of the toolkit's field names
 * (aliases, url) mean something else to Hugo.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import yaml from 'js-yaml';

export function hugoVersion(): string | undefined {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  return /v(\d+\.\d+\.\d+)/.exec(result.stdout)?.[1] ?? result.stdout.trim();
}

/** Writes a Hugo site for the content tree into `siteDir` (replaced). Returns the number of entries. */
export function writeHugoSite(contentDir: string, siteDir: string): number {
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(path.join(siteDir, 'layouts/_default'), { recursive: true });
  writeFileSync(
    path.join(siteDir, 'config.toml'),
    `baseURL = "https://community-safety.example.org/"
languageCode = "en-gb"
title = "Community Safety Toolkit (Hugo comparison)"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "section", "404"]
[markup.goldmark.renderer]
unsafe = false
`,
  );
  writeFileSync(
    path.join(siteDir, 'layouts/_default/single.html'),
    `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1>{{ with .Params.summary }}<p>{{ . }}</p>{{ end }}{{ .Content }}</main></body>
</html>
`,
  );
  writeFileSync(
    path.join(siteDir, 'layouts/index.html'),
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Site.Title }}</title></head><body><h1>{{ .Site.Title }}</h1></body></html>
`,
  );
  let count = 0;
  for (const folder of readdirSync(contentDir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const files = readdirSync(path.join(contentDir, folder.name)).filter((f) => f.endsWith('.mdx'));
    if (files.length === 0) continue;
    const out = path.join(siteDir, 'content', folder.name);
    mkdirSync(out, { recursive: true });
    for (const file of files) {
      const text = readFileSync(path.join(contentDir, folder.name, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${folder.name}/${file}: no front matter`);
      const { title, summary, ...rest } = yaml.load(match[1]!) as Record<string, unknown>;
      const front = { title, ...(summary ? { summary } : {}), cst: rest };
      writeFileSync(
        path.join(out, file.replace(/\.mdx$/, '.md')),
        `---\n${yaml.dump(front, { lineWidth: 100 })}---\n${match[2]}`,
      );
      count++;
    }
  }
  return count;
}
