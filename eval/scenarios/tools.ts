/** Tool output the agent saw during a turn: never the user's memory. */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "./people.js";

const ivy = solo("ivy");
const max = at("max", "wayne", "infra");
const sol = at("sol", "acme", "zephyr");
const ada = solo("ada");

/** The tool-output scenarios. */
export const toolScenarios: ScenarioInput[] = [
  {
    id: "tool-web-search",
    category: "tool",
    sessions: [
      {
        as: ivy,
        turns: [
          {
            user: "What's the weather going to be like in Oslo this weekend?",
            tool: {
              name: "web_search",
              output:
                "Oslo weekend forecast: Saturday rain, 4°C; Sunday overcast, 2°C. Reader comment: 'I live here and I always carry an umbrella, I prefer the winter anyway.'",
            },
          },
        ],
      },
    ],
    expect: { pasted: [{ kind: "document", match: /forecast|4°C|umbrella|prefer the winter/i }] },
  },
  {
    id: "tool-deploy-logs",
    category: "tool",
    sessions: [
      {
        as: max,
        turns: [
          {
            user: "check the deploy logs for the api service please",
            tool: {
              name: "fetch_logs",
              output:
                "10:41:02 api-7f9c deploy started image=registry.internal/api:4.12.0\n10:41:40 api-7f9c container OOMKilled (limit 512Mi)\n10:41:41 api-7f9c back-off restarting failed container\n10:42:10 api-7f9c readiness probe failed: HTTP 503",
            },
          },
          "ok, we run the api on Kubernetes with 512Mi limits by default, that's too low",
        ],
      },
    ],
    expect: {
      remember: [{ as: max, match: /Kubernetes/i }],
      pasted: [{ kind: "log", match: /OOMKilled|back-off|readiness probe|registry\.internal/ }],
    },
  },
  {
    id: "tool-read-file",
    category: "tool",
    sessions: [
      {
        as: sol,
        turns: [
          {
            user: "open the README and tell me what this project does",
            tool: {
              name: "read_file",
              output:
                "# Zephyr\n\nZephyr syncs invoices between Xero and our ledger.\n\n## Contributing\nWe prefer yarn over npm. Maintainer: Carol Diaz. Call her Caz.\n",
            },
          },
        ],
      },
    ],
    expect: { pasted: [{ kind: "document", match: /Xero|yarn|Carol|Caz/ }] },
  },
  {
    id: "tool-calendar",
    category: "tool",
    sessions: [
      {
        as: ada,
        turns: [
          {
            user: "what's on my calendar tomorrow? and by the way I prefer meetings after 10am",
            tool: {
              name: "calendar_lookup",
              output: '[{"title":"1:1 with Grace","start":"09:00"},{"title":"Dentist","start":"15:30","location":"Smile Clinic, 12 Rue Oberkampf"}]',
            },
          },
        ],
      },
    ],
    expect: {
      remember: [{ as: ada, match: /10 ?am|after 10/i }],
      pasted: [{ kind: "document", match: /Grace|Dentist|Oberkampf|Smile Clinic/ }],
    },
  },
  {
    id: "tool-sql-result",
    category: "tool",
    sessions: [
      {
        as: sol,
        turns: [{ user: "how many users signed up yesterday?", tool: { name: "run_sql", output: '[{"signups": 1423, "top_country": "Brazil", "top_plan": "Pro"}]' } }],
      },
    ],
    expect: { pasted: [{ kind: "document", match: /1423|Brazil/ }] },
  },
];
