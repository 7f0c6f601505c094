"""Regenerates test/upstream/checkpoint-*.ts from a clone of langchain-ai/langgraphjs.

Usage (from the repository root): python3 test/upstream/vendor-checkpoint.py /path/to/langgraphjs/.git
Every change made to an upstream file is listed here and in each file's header.
"""
import os, re, subprocess, sys, tempfile
C="f8bdf16d4fe23a79e945ea5dc6f86bbf09abb77d"
GIT=sys.argv[1]
U=tempfile.mkdtemp()+"/"
for f in ["libs/checkpoint-sqlite/src/tests/checkpoints.test.ts","libs/checkpoint/src/tests/checkpoints.test.ts",
          "libs/langgraph-core/src/tests/func.test.ts","libs/langgraph-core/src/tests/utils.ts",
          "libs/langgraph-core/src/tests/delta_channel.test.ts","libs/langgraph-core/src/tests/python_port/interrupt.test.ts",
          "libs/langgraph-core/src/tests/python_port/checkpoint.test.ts","libs/langgraph-core/src/tests/pregel.test.ts",
          "libs/langgraph-core/src/tests/utils.models.ts"]:
    open(U+f.replace("/","_"),"w").write(subprocess.run(["git","--git-dir",GIT,"show",f"{C}:{f}"],capture_output=True,text=True,check=True).stdout)
def header(path, changes):
    lines=[f"// Vendored from langchain-ai/langgraphjs, {path}",
           f"// at commit {C}, to run against SqliteSaver (see test/upstream/README.md).",
           "// Changes: imports rewritten to the published packages and test/upstream/checkpoint-support.ts;"]
    lines+= [f"// {c}" for c in changes]
    lines.append("/* eslint-disable */")
    return "\n".join(lines)+"\n"
def vendor(src, dst, path, changes, subs):
    s=open(src).read()
    for a,b in subs:
        if a not in s: sys.exit(f"{dst}: missing {a!r}")
        s=s.replace(a,b)
    open(dst,'w').write(header(path,changes)+s)

# 1. official sqlite saver tests
vendor(U+"libs_checkpoint-sqlite_src_tests_checkpoints.test.ts","test/upstream/checkpoint-sqlite-saver.test.ts",
 "libs/checkpoint-sqlite/src/tests/checkpoints.test.ts",
 ["the official SqliteSaver import is replaced by this package's SqliteSaver."],
 [('import { SqliteSaver } from "../index.js";','import { SqliteSaver } from "../../src/index.js";')])

# 2. MemorySaver tests of libs/checkpoint, run against SqliteSaver
s=open(U+"libs_checkpoint_src_tests_checkpoints.test.ts").read()
start=s.index('describe("Base"'); mid=s.index('describe("MemorySaver"'); end=s.index('describe("id"')
s=s[:start]+s[mid:end]
open(U+"memsaver-only.ts","w").write(s)
vendor(U+"memsaver-only.ts","test/upstream/checkpoint-memory-saver.test.ts",
 "libs/checkpoint/src/tests/checkpoints.test.ts",
 ["only the \"MemorySaver\" describe block, with `new MemorySaver()` replaced by createCheckpointer()",
  "(the \"Base\", \"id\" and \"channel versions\" blocks test library helpers, not a checkpointer)."],
 [('''import {
  type Checkpoint,
  type CheckpointTuple,
  BaseCheckpointSaver,
  compareChannelVersions,
  copyCheckpoint,
  deepCopy,
  emptyCheckpoint,
  maxChannelVersion,
} from "../base.js";
import { MemorySaver } from "../memory.js";
import { uuid6 } from "../id.js";
import { TASKS } from "../index.js";
import type { CheckpointMetadata } from "../types.js";''','''import {
  type Checkpoint,
  type CheckpointMetadata,
  type CheckpointTuple,
  emptyCheckpoint,
  uuid6,
  TASKS,
} from "@langchain/langgraph-checkpoint";
import { afterAll } from "vitest";
import { createCheckpointer, destroyCheckpointers } from "./checkpoint-support.js";

afterAll(destroyCheckpointers);'''),
 ("const memorySaver = new MemorySaver();","const memorySaver = createCheckpointer();")])

# 3. functional API suite, parameterised by a checkpointer factory
vendor(U+"libs_langgraph-core_src_tests_func.test.ts","test/upstream/checkpoint-func.test.ts",
 "libs/langgraph-core/src/tests/func.test.ts",
 ["runFuncTests runs with createCheckpointer (SqliteSaver on disk) instead of MemorySaverAssertImmutable."],
 [('''import { task, entrypoint, getPreviousState } from "../web.js";
import { Command, PREVIOUS, START } from "../constants.js";
import { interrupt } from "../interrupt.js";
import { MemorySaverAssertImmutable, SlowInMemoryCache } from "./utils.js";
import { Annotation, StateGraph } from "../graph/index.js";
import { gatherIterator } from "../utils.js";
import { LangGraphRunnableConfig } from "../pregel/runnable_types.js";''','''import {
  task,
  entrypoint,
  getPreviousState,
  Command,
  START,
  interrupt,
  Annotation,
  StateGraph,
  type LangGraphRunnableConfig,
} from "@langchain/langgraph";
import {
  PREVIOUS,
  SlowInMemoryCache,
  createCheckpointer,
  destroyCheckpointers,
  gatherIterator,
} from "./checkpoint-support.js";'''),
 ("runFuncTests(() => new MemorySaverAssertImmutable());","runFuncTests(createCheckpointer, destroyCheckpointers);"),
 ("export function runFuncTests(","function runFuncTests(")])

# 4. interrupts (Python port)
vendor(U+"libs_langgraph-core_src_tests_python_port_interrupt.test.ts","test/upstream/checkpoint-interrupt.test.ts",
 "libs/langgraph-core/src/tests/python_port/interrupt.test.ts",
 ["`new MemorySaver()` replaced by createCheckpointer()."],
 [('''import { MemorySaver } from "@langchain/langgraph-checkpoint";
import { Command, END, START } from "../../constants.js";
import { gatherIterator } from "../../utils.js";
import { interrupt } from "../../interrupt.js";
import { Graph } from "../../graph/graph.js";
import { StateGraph } from "../../graph/state.js";
import { Annotation } from "../../graph/annotation.js";
import { FakeTracer } from "../utils.js";''','''import { afterAll } from "vitest";
import { Command, END, START, interrupt, Graph, StateGraph, Annotation } from "@langchain/langgraph";
import { FakeTracer, createCheckpointer, destroyCheckpointers, gatherIterator } from "./checkpoint-support.js";

afterAll(destroyCheckpointers);'''),
 ("new MemorySaver()","createCheckpointer()")])

# 5. fake chat models (upstream test support, @langchain/core imports only)
vendor(U+"libs_langgraph-core_src_tests_utils.models.ts","test/upstream/checkpoint-models.ts",
 "libs/langgraph-core/src/tests/utils.models.ts", ["none beyond this header."], [])

# 6. checkpoint behaviour (Python port): time travel, pending writes, resume
vendor(U+"libs_langgraph-core_src_tests_python_port_checkpoint.test.ts","test/upstream/checkpoint-pregel.test.ts",
 "libs/langgraph-core/src/tests/python_port/checkpoint.test.ts",
 ["`new MemorySaver()` replaced by createCheckpointer() where a test uses a plain saver; the test-specific",
  "savers that subclass MemorySaver (faulty, slow, metadata-asserting) keep MemorySaver as their base."],
 [('''import { StateGraph } from "../../graph/state.js";
import {
  Annotation,
  Command,
  END,
  Graph,
  LangGraphRunnableConfig,
  Send,
  START,
} from "../../web.js";
import { gatherIterator } from "../../utils.js";
import { interrupt } from "../../interrupt.js";
import { LastValue } from "../../channels/last_value.js";
import { BinaryOperatorAggregate } from "../../channels/binop.js";
import { Channel, Pregel } from "../../pregel/index.js";
import { MessagesAnnotation } from "../../graph/messages_annotation.js";
import { ToolNode } from "../../prebuilt/index.js";
import { FakeToolCallingChatModel } from "../utils.models.js";''','''import { afterAll } from "vitest";
import {
  StateGraph,
  Annotation,
  Command,
  END,
  Graph,
  type LangGraphRunnableConfig,
  Send,
  START,
  interrupt,
  BinaryOperatorAggregate,
  MessagesAnnotation,
} from "@langchain/langgraph";
import { LastValue } from "@langchain/langgraph/channels";
import { Channel, Pregel } from "@langchain/langgraph/pregel";
import { ToolNode } from "@langchain/langgraph/prebuilt";
import { FakeToolCallingChatModel } from "./checkpoint-models.js";
import { createCheckpointer, destroyCheckpointers, gatherIterator } from "./checkpoint-support.js";

afterAll(destroyCheckpointers);'''),
 ("new MemorySaver()","createCheckpointer()")])

# 7. DeltaChannel: getDeltaChannelHistory, end-to-end reconstruction, Overwrite parity
vendor(U+"libs_langgraph-core_src_tests_delta_channel.test.ts","test/upstream/checkpoint-delta-channel.test.ts",
 "libs/langgraph-core/src/tests/delta_channel.test.ts",
 ["`new MemorySaver()` and the official `SqliteSaver.fromConnString(\":memory:\")` replaced by createCheckpointer()."],
 [('''import {
  MemorySaver,
  DeltaSnapshot,''','''import {
  type MemorySaver,
  DeltaSnapshot,'''),
 ('''import { DeltaChannel } from "../channels/delta.js";
import {
  channelsFromCheckpoint,
  createCheckpoint,
  deltaChannelsToSnapshot,
  exitDeltaTaskId,
} from "../channels/base.js";
import {
  messagesDeltaReducer,
  REMOVE_ALL_MESSAGES,
  type Messages,
} from "../graph/messages_reducer.js";
import { Annotation } from "../graph/index.js";
import { StateGraph } from "../graph/state.js";
import { START, END, Overwrite } from "../constants.js";
import { emptyCheckpoint } from "@langchain/langgraph-checkpoint";
import { SqliteSaver } from "@langchain/langgraph-checkpoint-sqlite";''','''import {
  channelsFromCheckpoint,
  createCheckpoint,
  deltaChannelsToSnapshot,
  exitDeltaTaskId,
} from "@langchain/langgraph/channels";
import {
  DeltaChannel,
  messagesDeltaReducer,
  REMOVE_ALL_MESSAGES,
  type Messages,
  Annotation,
  StateGraph,
  START,
  END,
  Overwrite,
} from "@langchain/langgraph";
import { emptyCheckpoint } from "@langchain/langgraph-checkpoint";
import { afterAll } from "vitest";
import type { SqliteSaver } from "../../src/index.js";
import { createCheckpointer, destroyCheckpointers } from "./checkpoint-support.js";

afterAll(destroyCheckpointers);'''),
 ("new MemorySaver()","createCheckpointer()"),
 ('SqliteSaver.fromConnString(":memory:")',"createCheckpointer()")])

# 8. upstream test utilities used by the pregel suite
vendor(U+"libs_langgraph-core_src_tests_utils.ts","test/upstream/checkpoint-utils.ts",
 "libs/langgraph-core/src/tests/utils.ts",
 ["the internal types StrRecord and PregelNode (not exported) are declared locally."],
 [('''import { Pregel, PregelInputType, PregelOutputType } from "../pregel/index.js";
import { StrRecord } from "../pregel/algo.js";
import { PregelNode } from "../pregel/read.js";
import { BaseChannel, LangGraphRunnableConfig } from "../web.js";''','''import type { Pregel, PregelInputType, PregelOutputType } from "@langchain/langgraph/pregel";
import type { BaseChannel, LangGraphRunnableConfig } from "@langchain/langgraph";

type StrRecord<K extends string, T> = Record<K, T>;
type PregelNode = any;''')])

# 9. the Pregel suite, parameterised by a checkpointer factory
s=open(U+"libs_langgraph-core_src_tests_pregel.test.ts").read()
lines=s.split("\n")
def drop_block(lines, opener):
    idx=[i for i,l in enumerate(lines) if l.startswith(opener)]
    assert len(idx)==1, (opener, idx)
    i=idx[0]; indent=len(lines[i])-len(lines[i].lstrip())
    j=i+1
    while not (lines[j].startswith(" "*indent+"});") and len(lines[j])-len(lines[j].lstrip())==indent): j+=1
    return lines[:i]+[" "*indent+"// Dropped (needs internals, see README.md): "+lines[i].strip().split(",")[0]+")"]+lines[j+1:]
DROPPED=['  describe("shouldInterrupt"','  describe("_localRead"','  describe("_applyWrites"','  describe("_prepareNextTasks"','    describe("_defaults"']
for d in DROPPED: lines=drop_block(lines,d)
# Fail with MemorySaver too on the published @langchain/langgraph (debug/messages stream shapes changed since):
SKEW=["should process two processes with object input and output","should handle partial pending checkpoint",
 "State graph packets","checkpoint events",
 "StateGraph branch then node","send to nested graphs","should work with streamMode messages and custom from within a subgraph",
 "should not stream input messages in streamMode: messages",
 "should not stream input messages in streamMode: messages when continuing checkpointed thread"]
def drop_test(lines, name):
    idx=[i for i,l in enumerate(lines) if l.strip() in (f'it("{name}", async () => {{', f'"{name}",')]
    assert len(idx)==1,(name,idx)
    i=idx[0]
    if lines[i].strip().startswith('"'): i-=1
    indent=len(lines[i])-len(lines[i].lstrip())
    j=i+1
    while not (lines[j].strip().startswith("});") or lines[j].strip().startswith(");")) or len(lines[j])-len(lines[j].lstrip())!=indent: j+=1
    return lines[:i]+[" "*indent+f'// Dropped (fails with MemorySaver too on the published packages, see README.md): it("{name}")']+lines[j+1:]
for n in SKEW: lines=drop_test(lines,n)
# Both tests of this block ("can invoke a single message", "can stream a list of messages") fail with MemorySaver too:
lines=[l.replace("(needs internals, see README.md)","(fails with MemorySaver too on the published packages, see README.md)") if "MessageGraph" in l else l for l in drop_block(lines,'  describe("MessageGraph"')]
s="\n".join(lines)
open(U+"pregel-trimmed.ts","w").write(s)
vendor(U+"pregel-trimmed.ts","test/upstream/checkpoint-pregel-suite.test.ts",
 "libs/langgraph-core/src/tests/pregel.test.ts",
 ["runPregelTests runs with createCheckpointer (SqliteSaver on disk) instead of MemorySaverAssertImmutable;",
  "`new MemorySaverAssertImmutable()` elsewhere is createCheckpointer() too; describe blocks that call",
  "internal functions (shouldInterrupt, _localRead, _applyWrites, _prepareNextTasks, Pregel._defaults",
  "with PregelNode) are dropped and marked; internal constants are taken from checkpoint-support.ts."],
 [('''import {
  _AnyIdAIMessage,
  _AnyIdAIMessageChunk,
  _AnyIdFunctionMessage,
  _AnyIdHumanMessage,
  _AnyIdToolMessage,
  createAnyStringSame,
  FakeTracer,
  MemorySaverAssertImmutable,
  SlowInMemoryCache,
} from "./utils.js";
import { FakeChatModel } from "./utils.models.js";
import { gatherIterator } from "../utils.js";
import { LastValue } from "../channels/last_value.js";
import { EphemeralValue } from "../channels/ephemeral_value.js";
import {
  Annotation,
  Graph,
  messagesStateReducer,
  StateGraph,
  StateGraphArgs,
} from "../graph/index.js";
import { Topic } from "../channels/topic.js";
import { PregelNode } from "../pregel/read.js";
import { BaseChannel } from "../channels/base.js";
import { BinaryOperatorAggregate } from "../channels/binop.js";
import { Channel, Pregel, PregelOptions } from "../pregel/index.js";
import type { StreamToolsOutput } from "../pregel/types.js";
import {
  _applyWrites,
  _localRead,
  _prepareNextTasks,
  increment,
  shouldInterrupt,
} from "../pregel/algo.js";
import {
  ToolExecutor,
  ToolNode,
  createAgentExecutor,
} from "../prebuilt/index.js";
import { MessageGraph } from "../graph/message.js";
import { PASSTHROUGH } from "../pregel/write.js";
import { StateSnapshot } from "../pregel/types.js";
import {
  GraphRecursionError,
  InvalidUpdateError,
  NodeInterrupt,
} from "../errors.js";
import {
  isCommand,
  Command,
  END,
  INTERRUPT,
  PULL,
  PUSH,
  Send,
  START,
  TAG_NOSTREAM,
  isInterrupted,
  TASKS,
} from "../constants.js";
import { MessagesAnnotation } from "../graph/messages_annotation.js";
import { StateSchema, MessagesValue } from "../state/index.js";
import { LangGraphRunnableConfig } from "../pregel/runnable_types.js";
import { interrupt } from "../interrupt.js";
import {
  getConfigTypeSchema,
  getInputTypeSchema,
  getOutputTypeSchema,
  getStateTypeSchema,
  getUpdateTypeSchema,
} from "../graph/zod/schema.js";
import "../graph/zod/plugin.js";
import { withLangGraph } from "../graph/zod/meta.js";''','''import {
  _AnyIdAIMessage,
  _AnyIdAIMessageChunk,
  _AnyIdFunctionMessage,
  _AnyIdHumanMessage,
  _AnyIdToolMessage,
  createAnyStringSame,
  FakeTracer,
  MemorySaverAssertImmutable,
  SlowInMemoryCache,
} from "./checkpoint-utils.js";
import { FakeChatModel } from "./checkpoint-models.js";
import { LastValue, EphemeralValue, Topic, BaseChannel, BinaryOperatorAggregate } from "@langchain/langgraph/channels";
import {
  Annotation,
  Graph,
  messagesStateReducer,
  StateGraph,
  type StateGraphArgs,
  MessageGraph,
  GraphRecursionError,
  InvalidUpdateError,
  NodeInterrupt,
  isCommand,
  Command,
  END,
  INTERRUPT,
  Send,
  START,
  isInterrupted,
  MessagesAnnotation,
  StateSchema,
  MessagesValue,
  type LangGraphRunnableConfig,
  interrupt,
  type StateSnapshot,
} from "@langchain/langgraph";
import { Channel, Pregel, type PregelOptions } from "@langchain/langgraph/pregel";
import { ToolExecutor, ToolNode, createAgentExecutor } from "@langchain/langgraph/prebuilt";
import {
  getConfigTypeSchema,
  getInputTypeSchema,
  getOutputTypeSchema,
  getStateTypeSchema,
  getUpdateTypeSchema,
} from "@langchain/langgraph/zod/schema";
import { withLangGraph } from "@langchain/langgraph/zod";
import { TASKS } from "@langchain/langgraph-checkpoint";
import {
  PASSTHROUGH,
  PULL,
  PUSH,
  TAG_NOSTREAM,
  createCheckpointer,
  destroyCheckpointers,
  gatherIterator,
} from "./checkpoint-support.js";'''),
 ("runPregelTests(() => new MemorySaverAssertImmutable());","runPregelTests(createCheckpointer, destroyCheckpointers);"),
 ("new MemorySaverAssertImmutable()","createCheckpointer()"),
 ("export function runPregelTests(","function runPregelTests(")])
