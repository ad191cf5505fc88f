import path from 'node:path'
import { writeFilesAt } from '../../adapters/fs/write.js'
import { jsonSchemas } from '../../app/schemas.js'
import type { Command } from './command.js'

export const schemasCommand: Command = {
  usage: 'modules-rebuild schemas [--out DIR]',
  summary: 'Write the JSON Schemas of modules.toml, rustok-module.toml and marketplace.toml (for editors) into DIR (default: print them).',
  options: { out: { type: 'string' } },
  async run(values, io) {
    const schemas = jsonSchemas()
    if (typeof values.out !== 'string') {
      io.stdout(JSON.stringify(Object.fromEntries(Object.entries(schemas).map(([k, v]) => [k, JSON.parse(v)])), null, 2))
      return 0
    }
    const dir = path.resolve(io.cwd, values.out)
    await writeFilesAt(dir, Object.entries(schemas).map(([name, content]) => ({ path: name, content })))
    io.stdout(`wrote ${Object.keys(schemas).map((n) => path.join(values.out as string, n)).join(', ')}`)
    return 0
  }
}
