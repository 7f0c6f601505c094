/** Held-out scenarios: tool output the agent saw is never the user's memory. */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "../scenarios/people.js";

/** Tool output. */
export const holdoutToolScenarios: ScenarioInput[] = [
  {
    id: "ho-tool-profile-lookup",
    category: "tool",
    sessions: [
      {
        as: solo("kofi"),
        turns: [
          {
            user: "look up the account for ticket 4411",
            tool: { name: "crm_lookup", output: "{\"customer\":\"Wilhelmina Stroud\",\"preferred_name\":\"Billie\",\"timezone\":\"America/Denver\",\"plan\":\"enterprise\"}" },
          },
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "document", match: /Wilhelmina|Billie/i },
        { kind: "document", match: /Denver/i },
      ],
    },
  },
  {
    id: "ho-tool-shell-output",
    category: "tool",
    sessions: [
      {
        as: at("suki", "mosaic", "api"),
        turns: [
          {
            user: "run the tests and tell me what broke",
            tool: { name: "shell", output: "$ npm test\n> jest\nFAIL src/auth.test.ts\n  ● login › remembers that the user prefers SSO\n    expected 200, received 500\nTests: 1 failed, 41 passed" },
          },
          "ok I use pnpm not npm btw, rerun with that",
        ],
      },
      { as: at("suki", "mosaic", "api"), turns: ["run tests again"] },
    ],
    expect: {
      remember: [{ as: at("suki", "mosaic", "api"), match: /pnpm/i }],
      pasted: [{ kind: "log", match: /auth\.test|SSO|jest/i }],
    },
  },
  {
    id: "ho-tool-web-search",
    category: "tool",
    sessions: [
      {
        as: solo("ana-b"),
        turns: [
          {
            user: "search for the best time to visit Kyoto",
            tool: { name: "web_search", output: "Kyoto Travel Guide: I always recommend autumn (November) for the maple leaves. My family lives in Osaka. — travelblog.jp\nSpring cherry blossom season (late March to early April) is the busiest. — kyoto.travel" },
          },
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "document", match: /Osaka/i },
        { kind: "document", match: /maple|cherry blossom/i },
      ],
    },
  },
];
