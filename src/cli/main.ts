import { Command, CommanderError } from 'commander';
import { AtelierError } from '../core/index.ts';
import { registerChat } from './commands/chat.ts';
import { registerDemo } from './commands/demo.ts';
import { registerEval } from './commands/eval.ts';
import { registerIndex } from './commands/index-catalog.ts';
import { registerJudge } from './commands/judge.ts';
import { registerMockServer } from './commands/mock-server.ts';
import { registerReport } from './commands/report.ts';
import { registerRescore } from './commands/rescore.ts';
import { registerRuns } from './commands/runs.ts';
import { registerSearch } from './commands/search.ts';
import { registerServe } from './commands/serve.ts';
import { registerTraces } from './commands/traces.ts';
import { registerWorldGenerate } from './commands/world-generate.ts';
import { registerWorldRender } from './commands/world-render.ts';
import { reportError } from './output.ts';

const VERSION = '0.1.0';

export function buildProgram(): Command {
  const program = new Command('atelier')
    .description('Atelier: a workbench for vision-centric VLMs. Every command has --help.')
    .version(VERSION)
    .showHelpAfterError(false);
  registerDemo(program);
  const world = program
    .command('world')
    .description('The procedural fashion world: generate worlds, render prompts.');
  registerWorldGenerate(world);
  registerWorldRender(world);
  registerIndex(program);
  registerSearch(program);
  registerChat(program);
  registerTraces(program);
  registerMockServer(program);
  registerEval(program);
  registerRescore(program);
  registerRuns(program);
  registerReport(program);
  registerServe(program);
  registerJudge(program);

  // Commander's own parse errors (unknown flag, missing value) become our one-line USAGE errors.
  const configure = (command: Command) => {
    command.exitOverride();
    command.configureOutput({ outputError: () => {} });
    for (const child of command.commands) configure(child);
  };
  configure(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  const wantsJson = argv.includes('--json');
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
      if (error.code === 'commander.help') return 0;
      // An InvalidArgumentError from an option parser carries our AtelierError as its cause message.
      const message = error.message.replace(/^error: /, '');
      const usage = new AtelierError('USAGE', message, {
        hint: `Run "atelier ${argv
          .slice(2)
          .filter((word) => !word.startsWith('-'))
          .slice(0, 2)
          .join(' ')} --help" for the flags it takes.`.replace('  ', ' '),
      });
      return reportError(usage, { json: wantsJson, debug: argv.includes('--debug') });
    }
    return reportError(error, { json: wantsJson, debug: argv.includes('--debug') });
  }
}

process.exitCode = await main(process.argv);
