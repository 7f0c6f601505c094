/** A custom auth handler, as `langgraph.json` names it (`auth.path`): only requests with the team's key get in. */
import { Auth, HTTPException } from "@langchain/langgraph-sdk/auth";

export const auth = new Auth().authenticate((request: Request) => {
  if (request.headers.get("x-api-key") !== "team-secret") throw new HTTPException(401, { message: "Invalid API key" });
  return { identity: "team-member", permissions: [] };
});
