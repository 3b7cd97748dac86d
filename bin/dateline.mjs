#!/usr/bin/env node
// The `dateline` command: runs the TypeScript CLI through tsx (Node 20 has no type stripping).
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli.ts");
process.exitCode = await main(process.argv.slice(2));
