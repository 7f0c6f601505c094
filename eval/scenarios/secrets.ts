/** Credentials in every shape users paste them, and harmless sentences that only look like them. */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "./people.js";

const gus = at("gus", "acme", "atlas");
const eli = solo("eli");
const ops = at("ops-jen", "wayne", "infra");
const rob = solo("rob");
const tia = at("tia", "acme", "atlas");
const lou = solo("lou");

/** The secret scenarios, look-alikes included. */
export const secretScenarios: ScenarioInput[] = [
  {
    id: "password-remember-it",
    category: "secrets",
    sessions: [{ as: gus, turns: ["my staging db password is Xq7!mp2Lz-Rr, can you remember it for me?"] }],
    expect: { secrets: ["Xq7!mp2Lz-Rr"] },
  },
  {
    id: "api-key-and-preference",
    category: "secrets",
    sessions: [
      {
        as: eli,
        turns: ["Here's my OpenAI key so you can use it in the examples: sk-proj-4fTq9ZkLm2Vx8RbN7cWd1YhGj3Pe6SaU. I prefer TypeScript examples, by the way."],
      },
    ],
    expect: { secrets: ["sk-proj-4fTq9ZkLm2Vx8RbN7cWd1YhGj3Pe6SaU"], remember: [{ as: eli, match: /TypeScript/ }] },
  },
  {
    id: "connection-string",
    category: "secrets",
    sessions: [{ as: ops, turns: ["Our reporting DB is at postgres://report_admin:S3cr3tPw2026@db.internal.wayne:5432/reports — the BI team reads from it."] }],
    expect: { secrets: ["S3cr3tPw2026"] },
  },
  {
    id: "private-key-block",
    category: "secrets",
    sessions: [
      {
        as: rob,
        turns: [
          "why won't ssh accept this key?\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACBmZXhhbXBsZWtleWZvcnRlc3Rpbmdvbmx5bm90cmVhbAAAAJgK2f3xCtn9\n-----END OPENSSH PRIVATE KEY-----\nI use ed25519 keys everywhere.",
        ],
      },
    ],
    expect: { secrets: ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ", "QyNTUxOQAAACBmZXhhbXBsZWtleWZvcnRl"] },
  },
  {
    id: "env-assignments",
    category: "secrets",
    sessions: [
      {
        as: tia,
        turns: ["add these to the .env for the webhook service:\nSTRIPE_WEBHOOK_SECRET=whsec_9f8e7d6c5b4a3f2e1d0c\nDATABASE_PASSWORD=hunter22-prod\nLOG_LEVEL=debug"],
      },
    ],
    expect: { secrets: ["whsec_9f8e7d6c5b4a3f2e1d0c", "hunter22-prod"] },
  },
  {
    id: "root-password-in-prose",
    category: "secrets",
    sessions: [{ as: ops, turns: ["fyi the staging box's root password is tangerine-falcon-42, in case I forget it again"] }],
    expect: { secrets: ["tangerine-falcon-42"] },
  },
  {
    id: "bare-cloud-secret",
    category: "secrets",
    sessions: [{ as: lou, turns: ["aws creds for the sandbox: AKIAIOSFODNN7SANDBOX and wJalrXUtnFEMI/K7MDENG/bPxRfiCYSANDBOXKEY1"] }],
    expect: { secrets: ["AKIAIOSFODNN7SANDBOX", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYSANDBOXKEY1"] },
  },
  {
    id: "token-in-json",
    category: "secrets",
    sessions: [
      {
        as: lou,
        turns: ['my deploy settings are {"region": "eu-central-1", "auth": {"token": "dpl_7Hq2Lx9Vb4Nc8Kz1Rt5W"}} — I always deploy to Frankfurt'],
      },
    ],
    expect: { secrets: ["dpl_7Hq2Lx9Vb4Nc8Kz1Rt5W"] },
  },
  {
    id: "secret-inside-a-preference",
    category: "secrets",
    sessions: [{ as: rob, turns: ["I prefer connecting with postgres://rob:winter-sun-88@localhost:5432/dev when I test locally."] }],
    expect: { secrets: ["winter-sun-88"] },
  },
  {
    id: "passphrase-small-talk",
    category: "secrets",
    sessions: [{ as: eli, turns: ["I live in Ghent and my wifi passphrase is violet-orbit-mango-77, if the guest network question comes up again."] }],
    expect: { secrets: ["violet-orbit-mango-77"], remember: [{ as: eli, match: /Ghent/ }] },
  },
  {
    id: "token-beside-a-name",
    category: "secrets",
    sessions: [{ as: lou, turns: ["Call me Lou. For the scripts, my GitHub token is ghp_R8x2Lq7Vm4Nz9Kc1Bw6Ty3Hd5Pf0Sj2Ga8Ue"] }],
    expect: { secrets: ["ghp_R8x2Lq7Vm4Nz9Kc1Bw6Ty3Hd5Pf0Sj2Ga8Ue"], remember: [{ as: lou, match: /\bLou\b/ }] },
  },
  {
    id: "alarm-code",
    category: "secrets",
    sessions: [{ as: rob, turns: ["I work from home mostly; the alarm code for the house is 4921#, the cleaner asks for it sometimes."] }],
    expect: { secrets: ["4921#"] },
  },
  {
    id: "secret-lookalikes",
    category: "secrets",
    sessions: [
      {
        as: tia,
        turns: [
          "The office door needs a badge and a PIN after 7pm.",
          "Our API uses token-based auth with short-lived tokens.",
          "I keep all my passwords in 1Password.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: tia, match: /badge/i, lookalike: true },
        { as: tia, match: /token-based|short-lived/i, lookalike: true },
        { as: tia, match: /1Password/i, lookalike: true },
      ],
    },
  },
  {
    id: "secret-lookalikes-team-practice",
    category: "secrets",
    sessions: [
      {
        as: tia,
        turns: ["We rotate API keys every 90 days.", "Password reset emails go out through Postmark.", "Our secrets live in Vault, never in the repo."],
      },
    ],
    expect: {
      remember: [
        { as: tia, match: /90 days/, lookalike: true },
        { as: tia, match: /Postmark/, lookalike: true },
        { as: tia, match: /Vault/, lookalike: true },
      ],
    },
  },
];
