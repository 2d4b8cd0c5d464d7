// The JSON schema of the config file (schema/tandem.schema.json), derived from what config.ts accepts and
// from the rule registry, so editors complete and check the same keys the CLI validates. Written by
// `npm run docs:schema`; a test fails when the shipped file differs from this.

import { RULES } from "../checks/registry.js";
import { CHECK_FORMATS } from "../report/index.js";
import { CONFIG_KEYS, FAIL_ON, SEVERITIES } from "./config.js";

export const SCHEMA_ID = "https://github.com/tandem-qa/tandem/blob/main/schema/tandem.schema.json";

type Schema = Record<string, unknown>;

function ruleSchema(rule: (typeof RULES)[number]): Schema {
  const level = { enum: ["off", ...SEVERITIES], description: '"off", or the severity of its findings' };
  const options: Schema = { type: "object", description: "Options of the rule (docs/rules.md)." };
  if (rule.options) options.properties = Object.fromEntries(Object.entries(rule.options).map(([name, what]) => [name, { description: what }]));
  return {
    description: `${rule.description} Default: ${rule.defaultSeverity}.`,
    anyOf: [
      level,
      {
        type: "object",
        additionalProperties: false,
        properties: { severity: level, enabled: { type: "boolean", description: "false turns the rule off" }, options },
      },
    ],
  };
}

const formats = Object.keys(CHECK_FORMATS);
// FORMAT, or FORMAT:FILE (the file relative to the config file); config.ts checks the part before the colon.
const formatSpec = { type: "string", pattern: `^(${formats.join("|")})(:[\\s\\S]*)?$` };

const PROPERTIES: Record<(typeof CONFIG_KEYS)[number], Schema> = {
  $schema: { type: "string", description: "This schema, for editors; tandem ignores it." },
  rules: {
    type: "object",
    description: 'Rules by id: "off", a severity, or {"severity", "options"}.',
    additionalProperties: false,
    properties: Object.fromEntries(RULES.map((r) => [r.id, ruleSchema(r)])),
  },
  glossary: { type: "string", minLength: 1, description: "Terms for the terminology rule (TSV, CSV or TBX), relative to the config file." },
  from: { type: "string", pattern: "^([Zz][Hh]|[Ee][Nn])([-_].*)?$", description: "Source language: zh or en (detected when omitted)." },
  to: { type: "string", pattern: "^([Zz][Hh]|[Ee][Nn])([-_].*)?$", description: "Target language: zh or en (detected when omitted)." },
  failOn: { enum: [...FAIL_ON], description: "Exit 1 on findings at this level or above (default: error)." },
  minCoverage: { type: "number", minimum: 0, maximum: 1, description: "Exit 1 when fewer sentences than this share are aligned." },
  format: {
    description: `Report formats (${formats.join(", ")}); FORMAT:FILE writes that format to FILE.`,
    anyOf: [formatSpec, { type: "array", items: formatSpec }],
  },
};

export function configSchema(): Schema {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: SCHEMA_ID,
    title: "tandem config",
    description: "tandem.config.json, .tandemrc.json or the \"tandem\" key of package.json.",
    type: "object",
    additionalProperties: false,
    properties: Object.fromEntries(CONFIG_KEYS.map((k) => [k, PROPERTIES[k]])),
  };
}

export function configSchemaText(): string {
  return JSON.stringify(configSchema(), null, 2) + "\n";
}
