import { cmsConfigYaml, cmsShapes } from './src/node/cms.ts';
import { contentLayout } from './src/node/build-settings.ts';
const y = cmsConfigYaml(contentLayout(process.cwd() + '/content', 'wiltshire'), { repoRoot: process.cwd() });
console.log(y.length); console.log(y.slice(0, 5000));
