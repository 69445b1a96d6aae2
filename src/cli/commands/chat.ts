import type { Command } from 'commander';
import { integerOption } from '../arguments.ts';
import type { GlobalOptions } from '../output.ts';
import { runCommand } from '../run-command.ts';

export interface ChatFlags extends GlobalOptions {
  model: string;
  image: string[];
  board?: string;
  home?: string;
  config?: string;
  generator?: string;
  maxSteps: number;
  temperature?: number;
  seed?: number;
  cache: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerChat(program: Command): void {
  program
    .command('chat')
    .description(
      'Ask the visual assistant; it answers by calling tools (search, zoom, image generation, boards).',
    )
    .argument('<message>', 'what to ask, e.g. "find a top under $60 that goes with this skirt"')
    .option(
      '--model <spec>',
      'rules (offline baseline), openai:MODEL, openai-compatible:URL#MODEL, anthropic:MODEL, text-only:SPEC, or a name from atelier.config.yaml',
      'rules',
    )
    .option('--image <path>', 'attach an image (repeat for several); named image-1, image-2, …', collect, [])
    .option('--board <user>', 'the user whose board the conversation is about')
    .option(
      '--generator <spec>',
      'image backend: world (default), openai-images:MODEL, comfyui:URL, automatic1111:URL',
    )
    .option('--max-steps <n>', 'model calls before giving up', integerOption('--max-steps'), 8)
    .option('--temperature <t>', 'sampling temperature', Number.parseFloat)
    .option('--seed <n>', 'sampling seed, where the server supports it', integerOption('--seed'))
    .option('--no-cache', 'always call the model (answers are cached by default)')
    .option('--config <file>', 'model configuration (default ./atelier.config.yaml when present)')
    .option('--home <dir>', 'Atelier home folder (default ATELIER_HOME or ./.atelier)')
    .option('--json', 'print the answer, tool calls and images as JSON')
    .option('--debug', 'print stack traces on error')
    .action((message: string, flags: ChatFlags) =>
      runCommand<ChatFlags>(async (options, signal) => {
        const { runChat } = await import('./chat-session.ts');
        await runChat(message, options, signal);
      })({ ...flags }),
    );
}
