// Vendored from langchain-ai/langgraphjs, libs/langgraph-core/src/tests/python_port/interrupt.test.ts
// at commit f8bdf16d4fe23a79e945ea5dc6f86bbf09abb77d, to run against SqliteSaver (see test/upstream/README.md).
// Changes: imports rewritten to the published packages and test/upstream/checkpoint-support.ts;
// `new MemorySaver()` replaced by createCheckpointer().
/* eslint-disable */
import { describe, it, expect } from "vitest";
import { RunnableConfig } from "@langchain/core/runnables";
import { afterAll } from "vitest";
import { Command, END, START, interrupt, Graph, StateGraph, Annotation } from "@langchain/langgraph";
import { FakeTracer, createCheckpointer, destroyCheckpointers, gatherIterator } from "./checkpoint-support.js";

afterAll(destroyCheckpointers);

/**
 * Port of tests from test_pregel_async_interrupt.py
 */
describe("Async Pregel Interrupt Tests (Python port)", () => {
  /**
   * Port of test_py_async_with_cancel_behavior from test_pregel_async_interrupt.py
   *
   * This test confirms that when a task is cancelled, cleanup operations still complete
   * similar to Python's __aexit__ behavior with async context managers.
   */
  it("should handle cancellation with proper cleanup", async () => {
    const logs: string[] = [];

    // Create a class similar to Python's MyContextManager
    class MyContextManager {
      async enter(): Promise<MyContextManager> {
        logs.push("Entering");
        return this;
      }

      async exit(_error?: Error): Promise<void> {
        logs.push("Starting exit");
        try {
          // Simulate some cleanup work
          await new Promise((resolve) => {
            setTimeout(resolve, 20);
          });
          logs.push("Cleanup completed");
        } catch (e) {
          logs.push("Cleanup was cancelled!");
          throw e;
        }
        logs.push("Exit finished");
      }
    }

    // Main function similar to Python's main()
    async function main(signal: AbortSignal): Promise<void> {
      const manager = new MyContextManager();
      try {
        await manager.enter();
        logs.push("In context");

        // Use promise with timeout instead of asyncio.sleep
        await new Promise<void>((resolve, reject) => {
          const timeout = setTimeout(() => {
            resolve();
          }, 1000);

          // Handle abort signal
          signal.addEventListener(
            "abort",
            () => {
              clearTimeout(timeout);
              reject(new Error("AbortError"));
            },
            { once: true }
          );
        });

        logs.push("This won't print if cancelled");
      } catch (error) {
        if (
          // eslint-disable-next-line no-instanceof/no-instanceof
          error instanceof Error &&
          error.message === "AbortError"
        ) {
          logs.push("Context was cancelled");
        }
        await manager.exit(error as Error);
        throw error;
      }

      await manager.exit();
    }

    // Create controller and signal
    const controller = new AbortController();
    const { signal } = controller;

    // Start task and cancel after 0.2 seconds
    const promise = main(signal).catch((err) => {
      // We expect this to be rejected
      if (err.message !== "AbortError") {
        throw err;
      }
    });

    await new Promise((resolve) => {
      setTimeout(resolve, 20);
    });
    controller.abort();

    // Check logs before cancellation is handled
    expect(logs).toEqual(["Entering", "In context"]);

    // Wait for task to finish
    await promise;

    // Check logs after cancellation is handled
    expect(logs).toEqual([
      "Entering",
      "In context",
      "Context was cancelled",
      "Starting exit",
      "Cleanup completed",
      "Exit finished",
    ]);
  });

  /**
   * Port of test_node_cancellation_on_external_cancel from test_pregel_async_interrupt.py
   *
   * This test confirms that when a graph's invoke method is cancelled externally,
   * the inner node task is also properly cancelled.
   */
  it("should cancel inner node task on external timeout", async () => {
    let innerTaskExecuted = false;
    let innerTaskCancelled = false;

    async function awhile(
      _input: unknown,
      config?: RunnableConfig
    ): Promise<void> {
      innerTaskExecuted = true;
      // Create a promise that will be rejected if the abort signal is triggered
      return new Promise<void>((resolve, reject) => {
        const timeout = setTimeout(() => {
          resolve();
        }, 1000);

        // Only set up abort handler if config has a signal
        // eslint-disable-next-line no-instanceof/no-instanceof
        if (config?.signal instanceof AbortSignal) {
          const abortHandler = () => {
            innerTaskCancelled = true;
            clearTimeout(timeout);
            reject(new Error("AbortError"));
          };

          if (config.signal.aborted) {
            abortHandler();
          } else {
            config.signal.addEventListener("abort", abortHandler, {
              once: true,
            });
          }
        } else {
          clearTimeout(timeout);
          reject(new Error("No signal provided"));
        }
      });
    }

    const builder = new Graph()
      .addNode("agent", awhile)
      .addEdge(START, "agent")
      .addEdge("agent", END);

    const graph = builder.compile();

    // Create a timeout error handler that will handle the expected timeout
    await expect(async () => {
      await graph.invoke(1, { timeout: 5 });
    }).rejects.toThrow(/abort|timeout/i);

    expect(innerTaskExecuted).toBe(true);
    expect(innerTaskCancelled).toBe(true);
  });

  /**
   * Port of test_node_cancellation_on_other_node_exception from test_pregel_async_interrupt.py
   *
   * This test confirms that when one node in a graph throws an exception,
   * other node tasks are cancelled properly.
   *
   * TODO: fire the abort signal when a task throws so that other concurrent nodes can terminate
   * early
   */
  it("should cancel node task when another node throws an exception", async () => {
    let innerTaskExecuted = false;
    let innerTaskCancelled = false;

    async function awhile(
      _input: unknown,
      config?: RunnableConfig
    ): Promise<void> {
      innerTaskExecuted = true;
      // Create a promise that will be rejected if the abort signal is triggered
      return new Promise<void>((resolve, reject) => {
        const timeout = setTimeout(() => {
          resolve();
        }, 1000);

        // Only set up abort handler if config has a signal
        // eslint-disable-next-line no-instanceof/no-instanceof
        if (config?.signal instanceof AbortSignal) {
          const abortHandler = () => {
            innerTaskCancelled = true;
            clearTimeout(timeout);
            reject(new Error("AbortError"));
          };

          if (config.signal.aborted) {
            abortHandler();
          } else {
            config.signal.addEventListener("abort", abortHandler, {
              once: true,
            });
          }
        } else {
          clearTimeout(timeout);
          reject(new Error("No signal provided"));
        }
      });
    }

    async function iambad(_input: unknown): Promise<void> {
      await new Promise((resolve) => {
        setTimeout(resolve, 10);
      });
      throw new Error("I am bad");
    }

    const conditionalEdges = () => ["agent", "bad"];

    const builder = new StateGraph(Annotation.Root({}))
      .addNode("agent", awhile)
      .addNode("bad", iambad)

      // Set up conditional entry points - this runs both nodes in parallel
      .addConditionalEdges(START, conditionalEdges)
      // .addEdge(START, "agent")
      // .addEdge(START, "bad")
      .addEdge("agent", END)
      .addEdge("bad", END);

    const graph = builder.compile();

    await expect(() => graph.invoke({})).rejects.toThrow("I am bad");

    await new Promise((resolve) => {
      setTimeout(resolve, 10);
    });

    expect(innerTaskExecuted).toBe(true);
    expect(innerTaskCancelled).toBe(true);
  });

  /**
   * Port of test_node_cancellation_on_other_node_exception_two from test_pregel_async_interrupt.py
   *
   * This test is similar to the previous one but it doesn't check for cancellation.
   * It just verifies that the error from the 'bad' node propagates correctly.
   */
  it("should properly propagate error from one node to graph invoke", async () => {
    async function awhile(_input: unknown): Promise<void> {
      await new Promise((resolve) => {
        setTimeout(resolve, 10);
      });
    }

    async function iambad(_input: unknown): Promise<void> {
      throw new Error("I am bad");
    }

    const conditionalEdges = (_input: unknown) => ["agent", "bad"];
    const builder = new StateGraph(Annotation.Root({}))
      .addNode("agent", awhile)
      .addNode("bad", iambad)

      // Set up conditional entry points - this runs both nodes in parallel
      .addConditionalEdges(START, conditionalEdges)
      .addEdge("agent", END)
      .addEdge("bad", END);

    const graph = builder.compile();

    // Should raise ValueError, not CancelledError
    await expect(graph.invoke({})).rejects.toThrow("I am bad");
  });

  /**
   * Port of test_dynamic_interrupt from test_pregel_async_interrupt.py
   *
   * This test verifies dynamic interrupt behavior in a StateGraph with a checkpointer.
   */
  it("should handle dynamic interrupts with state graphs", async () => {
    // Define our state schema
    const StateAnnotation = Annotation.Root({
      my_key: Annotation<string>({ reducer: (a, b) => (a || "") + b }),
      market: Annotation<string>(),
    });

    let toolTwoNodeCount = 0;

    // Create a node that sometimes interrupts
    const toolTwoNode = (
      state: typeof StateAnnotation.State
    ): typeof StateAnnotation.Update => {
      toolTwoNodeCount += 1;

      if (state.market === "DE") {
        return { my_key: interrupt("Just because...") };
      } else {
        return { my_key: " all good" };
      }
    };

    // Create the graph
    const toolTwoGraph = new StateGraph({ stateSchema: StateAnnotation })
      .addNode("tool_two", toolTwoNode)
      .addEdge(START, "tool_two");

    const toolTwo = toolTwoGraph.compile();

    const tracer = new FakeTracer();

    // Invoke with "DE" should fail b/c of lack of checkpointer
    await expect(
      toolTwo.invoke({ my_key: "value", market: "DE" }, { callbacks: [tracer] })
    ).rejects.toThrow(/No checkpointer set/);

    expect(toolTwoNodeCount).toBe(1);
    expect(tracer.runs.length).toBe(1);

    const run = tracer.runs[0];
    expect(run.end_time).toBeDefined();
    expect(run.error).toBeDefined();
    expect(run.outputs).toBeUndefined();

    // Invoke with "US" should not interrupt
    const result2 = await toolTwo.invoke({ my_key: "value", market: "US" });
    expect(result2).toEqual({ my_key: "value all good", market: "US" });

    // Now test with a checkpointer
    const checkpointer = createCheckpointer();
    const toolTwoWithCheckpointer = toolTwoGraph.compile({
      checkpointer,
    });

    // Missing thread_id should fail
    await expect(
      toolTwoWithCheckpointer.invoke({ my_key: "value", market: "DE" })
    ).rejects.toThrow(/thread_id/);

    // Test flow: interrupt -> resume with answer
    const thread2 = { configurable: { thread_id: "2" } };

    // Stream should stop at interrupt
    const stream2 = await toolTwoWithCheckpointer.stream(
      { my_key: "value ⛰️", market: "DE" },
      thread2
    );
    const result2a = await gatherIterator(stream2);

    // Should contain interrupt
    expect(result2a).toEqual([
      {
        __interrupt__: [
          {
            id: expect.any(String),
            value: "Just because...",
          },
        ],
      },
    ]);

    // Resume with answer
    const stream2b = await toolTwoWithCheckpointer.stream(
      new Command({ resume: " my answer" }),
      thread2
    );
    const result2b = await gatherIterator(stream2b);

    // Should complete with our answer
    expect(result2b).toEqual([{ tool_two: { my_key: " my answer" } }]);

    // Test flow: interrupt -> clear
    const thread1 = { configurable: { thread_id: "1" } };

    // Stream should stop at interrupt
    const stream1 = await toolTwoWithCheckpointer.stream(
      { my_key: "value ⛰️", market: "DE" },
      thread1
    );
    const result1a = await gatherIterator(stream1);

    // Should contain interrupt
    expect(result1a).toEqual([
      {
        __interrupt__: [
          {
            id: expect.any(String),
            value: "Just because...",
          },
        ],
      },
    ]);

    // TODO: Claude got lazy here - add this back in
    // Skip checkpoint metadata validation as it differs between JS and Python

    // Clear the interrupt and next tasks - similar to Python's aupdate_state
    await toolTwoWithCheckpointer.updateState(thread1, null, END);

    // TODO: Claude got lazy here - add this back in
    // Skip additional state snapshot validation as it differs between implementations
  });

  /**
   * Port of test_dynamic_interrupt_subgraph from test_pregel_async_interrupt.py
   *
   * This test verifies dynamic interrupt behavior in a StateGraph with a nested subgraph.
   */
  it("should handle dynamic interrupts with nested subgraphs", async () => {
    // Define our subgraph state schema
    const SubgraphStateAnnotation = Annotation.Root({
      my_key: Annotation<string>(),
      market: Annotation<string>(),
    });

    // Define our main state schema
    const StateAnnotation = Annotation.Root({
      my_key: Annotation<string>({
        reducer: (a, b) => (a || "") + b,
      }),
      market: Annotation<string>(),
    });

    let toolTwoNodeCount = 0;

    // Create a node that sometimes interrupts
    const toolTwoNode = (
      state: typeof SubgraphStateAnnotation.State
    ): typeof SubgraphStateAnnotation.Update => {
      toolTwoNodeCount += 1;

      if (state.market === "DE") {
        return { my_key: interrupt("Just because...") };
      } else {
        return { my_key: " all good" };
      }
    };

    // Create the subgraph
    const subgraph = new StateGraph({ stateSchema: SubgraphStateAnnotation })
      .addNode("do", toolTwoNode)
      .addEdge(START, "do");

    // Create the main graph
    const toolTwoGraph = new StateGraph({ stateSchema: StateAnnotation })
      .addNode("tool_two", subgraph.compile())
      .addEdge(START, "tool_two");

    const toolTwo = toolTwoGraph.compile();

    const tracer = new FakeTracer();

    // Invoke with "DE" should fail b/c of lack of checkpointer
    await expect(
      toolTwo.invoke({ my_key: "value", market: "DE" }, { callbacks: [tracer] })
    ).rejects.toThrow(/No checkpointer set/);

    expect(toolTwoNodeCount).toBe(1);
    expect(tracer.runs.length).toBe(1);

    const run = tracer.runs[0];
    expect(run.end_time).toBeDefined();
    expect(run.error).toBeDefined();
    expect(run.outputs).toBeUndefined();

    // Invoke with "US" should not interrupt
    const result2 = await toolTwo.invoke({ my_key: "value", market: "US" });
    expect(result2).toEqual({ my_key: "value all good", market: "US" });

    // Now test with a checkpointer
    const checkpointer = createCheckpointer();
    const toolTwoWithCheckpointer = toolTwoGraph.compile({
      checkpointer,
    });

    // Missing thread_id should fail
    await expect(
      toolTwoWithCheckpointer.invoke({ my_key: "value", market: "DE" })
    ).rejects.toThrow(/thread_id/);

    // Test flow: interrupt -> resume with answer
    const thread2 = { configurable: { thread_id: "2" } };

    // Stream should stop at interrupt
    const stream2 = await toolTwoWithCheckpointer.stream(
      { my_key: "value ⛰️", market: "DE" },
      thread2
    );
    const result2a = await gatherIterator(stream2);

    // Should contain interrupt
    expect(result2a).toEqual([
      {
        __interrupt__: [
          {
            id: expect.any(String),
            value: "Just because...",
          },
        ],
      },
    ]);

    // Resume with answer
    const stream2b = await toolTwoWithCheckpointer.stream(
      new Command({ resume: " my answer" }),
      thread2
    );
    const result2b = await gatherIterator(stream2b);

    // Should complete with our answer
    expect(result2b).toEqual([
      { tool_two: { my_key: " my answer", market: "DE" } },
    ]);

    // Test flow: interrupt -> clear
    const thread1 = { configurable: { thread_id: "1", checkpoint_ns: "" } };
    // const thread1root = { configurable: { thread_id: "1", checkpoint_ns: "" } };

    // Stream should stop at interrupt
    const stream1 = await toolTwoWithCheckpointer.stream(
      { my_key: "value ⛰️", market: "DE" },
      thread1
    );
    const result1a = await gatherIterator(stream1);

    // Should contain interrupt
    expect(result1a).toEqual([
      {
        __interrupt__: [
          {
            id: expect.any(String),
            value: "Just because...",
          },
        ],
      },
    ]);

    // TODO: Claude got lazy here - add this back in
    // Skip checkpoint metadata validation as it differs between JS and Python

    // Clear the interrupt and next tasks - similar to Python's aupdate_state
    await toolTwoWithCheckpointer.updateState(thread1, null, END);

    // TODO: Claude got lazy here - add this back in
    // Skip additional state snapshot validation as it differs between implementations
  });

  /**
   * Port of test_node_not_cancelled_on_other_node_interrupted from test_pregel_async_interrupt.py
   *
   * This test verifies that when one node in a graph is interrupted,
   * other node tasks are not cancelled.
   */
  it("should not cancel node task when another node is interrupted", async () => {
    // Define our state schema
    const StateAnnotation = Annotation.Root({
      hello: Annotation<string>({
        reducer: (a, b) => (a || "") + b,
      }),
    });

    let awhileCount = 0;
    let innerTaskCancelled = false;

    // Create a node that runs for a while
    async function awhile(): Promise<typeof StateAnnotation.Update> {
      awhileCount += 1;
      try {
        // Use promise with timeout instead of asyncio.sleep
        await new Promise<void>((resolve) => {
          setTimeout(resolve, 100);
        });
        return { hello: " again" };
      } catch (error) {
        if (error instanceof Error && error.message === "AbortError") {
          innerTaskCancelled = true;
        }
        throw error;
      }
    }

    // Create a node that interrupts
    function iambad(): typeof StateAnnotation.Update {
      return { hello: interrupt("I am bad") };
    }

    // Create the graph
    const builder = new StateGraph({ stateSchema: StateAnnotation })
      .addNode("agent", awhile)
      .addNode("bad", iambad)
      .addConditionalEdges(START, () => ["agent", "bad"]);

    const checkpointer = createCheckpointer();
    const graph = builder.compile({ checkpointer });
    const thread = { configurable: { thread_id: "1" } };

    // First invocation - writes from "awhile" are applied to last chunk
    const result1 = await graph.invoke({ hello: "world" }, thread);
    expect(result1).toEqual({
      hello: "world again",
      __interrupt__: [
        {
          id: expect.any(String),
          value: "I am bad",
        },
      ],
    });
    expect(innerTaskCancelled).toBe(false);
    expect(awhileCount).toBe(1);

    // Second invocation with debug mode
    const result2 = await graph.invoke(null, thread);
    expect(result2).toEqual({
      hello: "world again",
      __interrupt__: [
        {
          id: expect.any(String),
          value: "I am bad",
        },
      ],
    });
    expect(innerTaskCancelled).toBe(false);
    expect(awhileCount).toBe(1);

    // Resume with answer
    const result3 = await graph.invoke(
      new Command({ resume: " okay" }),
      thread
    );
    expect(result3).toEqual({ hello: "world again okay" });
    expect(innerTaskCancelled).toBe(false);
    expect(awhileCount).toBe(1);
  });

  /**
   * Port of test_step_timeout_on_stream_hang from test_pregel_async_interrupt.py
   *
   * This test verifies that when a stream hangs, the step timeout is enforced
   * and tasks are properly cancelled.
   */
  it("should enforce step timeout on stream hang", async () => {
    const StateAnnotation = Annotation.Root({
      value: Annotation<number>(),
    });
    let innerTaskCancelled = false;

    // Create a node that runs for a while
    async function awhile(
      _input: unknown,
      config?: RunnableConfig
    ): Promise<void> {
      // Create a promise that will be rejected if the abort signal is triggered
      return new Promise<void>((resolve, reject) => {
        const timeout = setTimeout(() => {
          resolve();
        }, 1000);

        // Only set up abort handler if config has a signal
        // eslint-disable-next-line no-instanceof/no-instanceof
        if (config?.signal instanceof AbortSignal) {
          const abortHandler = () => {
            innerTaskCancelled = true;
            clearTimeout(timeout);
            reject(new Error("AbortError"));
          };

          if (config.signal.aborted) {
            abortHandler();
          } else {
            config.signal.addEventListener("abort", abortHandler, {
              once: true,
            });
          }
        } else {
          clearTimeout(timeout);
          reject(new Error("No signal provided"));
        }
      });
    }

    // Create a node that runs for a shorter time
    async function alittlewhile(): Promise<typeof StateAnnotation.Update> {
      await new Promise<void>((resolve) => {
        setTimeout(resolve, 1);
      });
      return { value: 1 };
    }

    // Create the graph
    const builder = new StateGraph(StateAnnotation)
      .addNode("awhile", awhile)
      .addNode("alittlewhile", alittlewhile)
      .addConditionalEdges(START, () => ["awhile", "alittlewhile"]);

    const graph = builder.compile();
    graph.stepTimeout = 10;

    // Test with different stream hang durations
    const streamHangMsec = [100, 300];
    for (const hangMsec of streamHangMsec) {
      await expect(async () => {
        const stream = await graph.stream(
          { value: 1 },
          { streamMode: "updates" }
        );
        for await (const chunk of stream) {
          expect(chunk).toEqual({ alittlewhile: { value: 1 } });
          await new Promise<void>((resolve) => {
            setTimeout(resolve, hangMsec);
          });
        }
      }).rejects.toThrow(/abort/i);

      expect(innerTaskCancelled).toBe(true);
    }
  });

  /**
   * Port of test_cancel_graph_astream from test_pregel_async_interrupt.py
   *
   * This test verifies that when a stream is cancelled,
   * ongoing tasks are cancelled and the state is properly saved.
   */
  it("should handle cancellation of stream", async () => {
    // Define our state schema
    const StateAnnotation = Annotation.Root({
      value: Annotation<number>({
        reducer: (a, b) => (a || 0) + b,
      }),
    });

    // Create a class that monitors when its function is started and cancelled
    class AwhileMaker {
      started: boolean;

      cancelled: boolean;

      constructor() {
        this.reset();
      }

      async call(
        _input: unknown,
        config?: RunnableConfig
      ): Promise<typeof StateAnnotation.Update | void> {
        this.started = true;
        try {
          // Create a promise that will be rejected if the abort signal is triggered
          return new Promise<typeof StateAnnotation.Update>(
            (resolve, reject) => {
              const timeout = setTimeout(() => {
                resolve({});
              }, 1500);

              // Only set up abort handler if config has a signal
              // eslint-disable-next-line no-instanceof/no-instanceof
              if (config?.signal instanceof AbortSignal) {
                const abortHandler = () => {
                  this.cancelled = true;
                  clearTimeout(timeout);
                  reject(new Error("AbortError"));
                };

                if (config.signal.aborted) {
                  abortHandler();
                } else {
                  config.signal.addEventListener("abort", abortHandler, {
                    once: true,
                  });
                }
              } else {
                clearTimeout(timeout);
                reject(new Error("No signal provided"));
              }
            }
          );
        } catch (error) {
          if (error instanceof Error && error.message === "AbortError") {
            this.cancelled = true;
          }
          throw error;
        }
      }

      reset(): void {
        this.started = false;
        this.cancelled = false;
      }
    }

    // Create a node that runs for a shorter time
    async function alittlewhile(): Promise<typeof StateAnnotation.Update> {
      await new Promise<void>((resolve) => {
        setTimeout(resolve, 600);
      });
      return { value: 2 };
    }

    const awhile = new AwhileMaker();
    const aparallelwhile = new AwhileMaker();

    // Create the graph
    const builder = new StateGraph({ stateSchema: StateAnnotation })
      .addNode("awhile", awhile.call.bind(awhile))
      .addNode("aparallelwhile", aparallelwhile.call.bind(aparallelwhile))
      .addNode("alittlewhile", alittlewhile)
      .addEdge(START, "alittlewhile")
      .addEdge(START, "aparallelwhile")
      .addEdge("alittlewhile", "awhile");

    const checkpointer = createCheckpointer();
    const graph = builder.compile({ checkpointer });

    // Test interrupting astream
    const thread1 = { configurable: { thread_id: "1" } };

    const stream = await graph.stream({ value: 1 }, thread1);
    const chunk = (await stream.next()).value;
    expect(chunk).toEqual({ alittlewhile: { value: 2 } });

    // Cancel the stream
    await stream.cancel();

    // Allow time for the cancellation to propagate
    await new Promise((resolve) => {
      setTimeout(resolve, 100);
    });

    // Node aparallelwhile should start, but be cancelled
    expect(aparallelwhile.started).toBe(true);
    expect(aparallelwhile.cancelled).toBe(true);

    // Node "awhile" should never start
    expect(awhile.started).toBe(false);

    // Check that checkpoint with output of "alittlewhile" has been saved
    // and pending writes have been applied
    const state = await graph.getState(thread1);
    expect(state).not.toBeNull();
    expect(state?.values.value).toBe(3); // 1 + 2
    expect(state?.next).toEqual(["aparallelwhile"]);
    expect(state?.metadata).toEqual(
      expect.objectContaining({
        parents: {},
        source: "loop",
        step: 0,
        thread_id: "1",
      })
    );
  });

  /**
   * Port of test_cancel_graph_astream_events_v2 from test_pregel_async_interrupt.py
   *
   * This test verifies that when a stream events v2 is cancelled,
   * ongoing tasks are cancelled and the state is properly saved.
   */
  it("should handle cancellation of astream_events v2", async () => {
    // Define our state schema
    const StateAnnotation = Annotation.Root({
      value: Annotation<number>(),
    });

    // Create a class that monitors when its function is started and cancelled
    class AwhileMaker {
      started: boolean;

      cancelled: boolean;

      constructor() {
        this.reset();
      }

      async call(
        _input: unknown,
        config?: RunnableConfig
      ): Promise<typeof StateAnnotation.Update | void> {
        this.started = true;
        try {
          // Create a promise that will be rejected if the abort signal is triggered
          return await new Promise<typeof StateAnnotation.Update>(
            (resolve, reject) => {
              const timeout = setTimeout(() => {
                resolve({});
              }, 1500);

              // Only set up abort handler if config has a signal
              // eslint-disable-next-line no-instanceof/no-instanceof
              if (config?.signal instanceof AbortSignal) {
                const abortHandler = () => {
                  this.cancelled = true;
                  clearTimeout(timeout);
                  reject(new Error("AbortError"));
                };

                if (config.signal.aborted) {
                  abortHandler();
                } else {
                  config.signal.addEventListener("abort", abortHandler, {
                    once: true,
                  });
                }
              }
            }
          );
        } catch (error) {
          if (error instanceof Error && error.message === "AbortError") {
            this.cancelled = true;
          }
          throw error;
        }
      }

      reset(): void {
        this.started = false;
        this.cancelled = false;
      }
    }

    // Create a node that runs for a shorter time
    async function alittlewhile(): Promise<typeof StateAnnotation.Update> {
      await new Promise<void>((resolve) => {
        setTimeout(resolve, 600);
      });
      return { value: 2 };
    }

    const awhile = new AwhileMaker();
    const anotherwhile = new AwhileMaker();

    // Create the graph
    const builder = new StateGraph({ stateSchema: StateAnnotation })
      .addNode("alittlewhile", alittlewhile)
      .addNode("awhile", awhile.call.bind(awhile))
      .addNode("anotherwhile", anotherwhile.call.bind(anotherwhile))
      .addEdge(START, "alittlewhile")
      .addEdge("alittlewhile", "awhile")
      .addEdge("awhile", "anotherwhile");

    const checkpointer = createCheckpointer();
    const graph = builder.compile({ checkpointer });

    // Test interrupting astream_events v2
    let gotEvent = false;
    const thread2 = { configurable: { thread_id: "2" } };

    const stream = graph.streamEvents(
      { value: 1 },
      { configurable: { thread_id: "2" }, version: "v2" }
    );

    for await (const chunk of stream) {
      if (
        chunk.event === "on_chain_stream" &&
        !chunk.metadata.parent_ids?.length
      ) {
        gotEvent = true;
        expect(chunk.data.chunk).toEqual({ alittlewhile: { value: 2 } });
        await new Promise((resolve) => {
          setTimeout(resolve, 100);
        });
        break;
      }
    }

    await stream.cancel();

    // Did break
    expect(gotEvent).toBe(true);

    // Allow time for the cancellation to propagate
    await new Promise((resolve) => {
      setTimeout(resolve, 100);
    });

    // Node "awhile" maybe starts (impl detail of astream_events)
    // if it does start, it must be cancelled
    if (awhile.started) {
      expect(awhile.cancelled).toBe(true);
    }

    // Node "anotherwhile" should never start
    expect(anotherwhile.started).toBe(false);

    // Check that checkpoint with output of "alittlewhile" has been saved
    const state = await graph.getState(thread2);
    expect(state).not.toBeNull();
    expect(state?.values.value).toBe(2);
    expect(state?.next).toEqual(["awhile"]);
    expect(state?.metadata).toEqual(
      expect.objectContaining({
        parents: {},
        source: "loop",
        step: 1,
        thread_id: "2",
      })
    );
  });
});
