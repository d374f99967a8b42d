// Types of esbuild.web.mjs, for test/unit/web-bundles.test.ts.
import type { BuildOptions, Plugin } from 'esbuild';

export declare const webModules: Plugin;
export declare const webBundles: BuildOptions[];
