#!/usr/bin/env node
// The gridops CLI. Its launcher is TypeScript, src/cli/launcher/ (index.ts there says how it works); this runs it as
// compiled into src/cli/launcher/prebuilt.js (`npm run build:launcher`), in the checkout this file is in.
'use strict';
require('../src/cli/launcher/prebuilt.js').main(require('path').resolve(__dirname, '..'), process.argv.slice(2));
