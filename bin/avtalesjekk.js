#!/usr/bin/env node
// avtalesjekk: checks a samarbeidsavtale against helse- og omsorgstjenesteloven kapittel 6.
import { run } from '../dist/bundle-cli.js';

process.exitCode = await run();
