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
  {
    id: "ho-tool-settings-disagree-with-user",
    category: "tool",
    sessions: [
      { as: solo("ren"), turns: ["I always use dark mode"] },
      {
        as: solo("ren"),
        turns: [{ user: "what does my settings file say?", tool: { name: "read_file", output: "# settings.toml\ntheme = \"light\"\nfont_size = 17\nlocale = \"pt-BR\"" } }],
      },
      { as: solo("ren"), turns: ["which theme do I prefer?"] },
    ],
    expect: {
      remember: [{ as: solo("ren"), match: /dark/i, scope: "user" }],
      pasted: [
        { kind: "document", match: /\blight\b/i },
        { kind: "document", match: /pt-BR|font_size/i },
      ],
      questions: [{ as: solo("ren"), ask: "which theme do I prefer?", expect: /dark/i, stale: /\blight\b/i }],
    },
  },
  {
    id: "ho-tool-env-dump-with-token",
    category: "tool",
    sessions: [
      {
        as: at("nia", "mosaic", "api"),
        turns: [{ user: "print the env so I can see what's set", tool: { name: "shell", output: "NODE_ENV=production\nGITHUB_TOKEN=ghp_Rk4Tn8Vx2Qm6Lp9Ws3Zb7Yc1Hd5Jf0Ae8Ug\nPORT=8080" } }],
      },
    ],
    expect: {
      secrets: ["ghp_Rk4Tn8Vx2Qm6Lp9Ws3Zb7Yc1Hd5Jf0Ae8Ug"],
      pasted: [{ kind: "log", match: /NODE_ENV|PORT=8080/i }],
    },
  },
];
