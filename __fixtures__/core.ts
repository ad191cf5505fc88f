/**
 * Typed jest.fn stand-ins for the parts of @actions/core that src/ uses (actions/typescript-action's
 * __fixtures__/core.ts). Register them with `jest.unstable_mockModule('@actions/core', () => core)`
 * before `await import('../src/drivers/action/main.js')`.
 *
 * Defaults keep the action's control flow intact after `jest.clearAllMocks()` (which keeps
 * implementations): `group` calls through its function, `summary` methods chain, and `write`
 * resolves to the summary itself.
 */
import type * as core from '@actions/core'
import { jest } from '@jest/globals'

export const debug = jest.fn<typeof core.debug>()
export const info = jest.fn<typeof core.info>()
export const notice = jest.fn<typeof core.notice>()
export const warning = jest.fn<typeof core.warning>()
export const error = jest.fn<typeof core.error>()
export const isDebug = jest.fn<typeof core.isDebug>().mockReturnValue(false)
export const getInput = jest.fn<typeof core.getInput>().mockReturnValue('')
export const getBooleanInput = jest.fn<typeof core.getBooleanInput>().mockReturnValue(false)
export const getMultilineInput = jest.fn<typeof core.getMultilineInput>().mockReturnValue([])
export const setOutput = jest.fn<typeof core.setOutput>()
export const setFailed = jest.fn<typeof core.setFailed>()
export const setSecret = jest.fn<typeof core.setSecret>()
export const exportVariable = jest.fn<typeof core.exportVariable>()
export const startGroup = jest.fn<typeof core.startGroup>()
export const endGroup = jest.fn<typeof core.endGroup>()
export const group = jest.fn<typeof core.group>().mockImplementation((_name, fn) => fn())

type Summary = typeof core.summary

/** The chainable job summary: every method records its call and returns the summary. */
export const summary = {
  addHeading: jest.fn<Summary['addHeading']>(),
  addRaw: jest.fn<Summary['addRaw']>(),
  addEOL: jest.fn<Summary['addEOL']>(),
  addTable: jest.fn<Summary['addTable']>(),
  addCodeBlock: jest.fn<Summary['addCodeBlock']>(),
  addList: jest.fn<Summary['addList']>(),
  addDetails: jest.fn<Summary['addDetails']>(),
  addLink: jest.fn<Summary['addLink']>(),
  addSeparator: jest.fn<Summary['addSeparator']>(),
  addBreak: jest.fn<Summary['addBreak']>(),
  addQuote: jest.fn<Summary['addQuote']>(),
  write: jest.fn<Summary['write']>(),
  clear: jest.fn<Summary['clear']>(),
  emptyBuffer: jest.fn<Summary['emptyBuffer']>(),
  stringify: jest.fn<Summary['stringify']>().mockReturnValue(''),
  isEmptyBuffer: jest.fn<Summary['isEmptyBuffer']>().mockReturnValue(true)
}
const self = summary as unknown as Summary
for (const m of ['addHeading', 'addRaw', 'addEOL', 'addTable', 'addCodeBlock', 'addList', 'addDetails', 'addLink', 'addSeparator', 'addBreak', 'addQuote', 'emptyBuffer'] as const) {
  ;(summary[m] as jest.Mock<() => Summary>).mockImplementation(() => self)
}
summary.write.mockImplementation(async () => self)
summary.clear.mockImplementation(async () => self)
