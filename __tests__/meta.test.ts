// Keeps the generated and documented artefacts in step with the code.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { RULES } from '../src/core/diagnostics/rules.js'
import { jsonSchemas } from '../src/app/schemas.js'
import { VERSION } from '../src/version.js'

describe('published artefacts', () => {
  it.each(Object.entries(jsonSchemas()))('schema/%s is fresh (npm run schemas)', (name, text) => {
    expect(readFileSync(`schema/${name}`, 'utf8')).toBe(text)
  })

  it('the JSON Schemas describe the keys RusToK uses', () => {
    const modules = JSON.parse(jsonSchemas()['modules.schema.json']!)
    expect(Object.keys(modules.properties)).toEqual(['schema', 'app', 'build', 'modules', 'settings'])
    const entry = modules.properties.modules.additionalProperties
    expect(entry.properties.source.enum).toEqual(['path', 'git', 'crates-io', 'registry'])
    expect(entry.required).toEqual(['crate', 'source'])
  })

  it('src/version.ts matches package.json', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version)
  })

  it('the README documents every rule id', () => {
    const readme = readFileSync('README.md', 'utf8')
    const missing = Object.keys(RULES).filter((rule) => !readme.includes(`\`${rule}\``))
    expect(missing).toEqual([])
  })

  it('action.yml declares the inputs the action reads', () => {
    const yml = readFileSync('action.yml', 'utf8')
    for (const input of ['command', 'manifest', 'working-directory', 'against']) expect(yml).toMatch(new RegExp(`^  ${input}:`, 'm'))
    expect(yml).toMatch(/using: node24/)
    expect(yml).toMatch(/main: dist\/index\.js/)
  })
})
