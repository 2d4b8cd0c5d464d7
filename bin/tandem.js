#!/usr/bin/env node
import { loadMain } from "./load.js";

process.exitCode = await (await loadMain())(process.argv);
