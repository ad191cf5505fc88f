/**
 * Every line the action prints to the runner log, through one door (README "Guarantees"):
 * plain lines (`info`) pass logText, so a stale generated file or a diff from a fork's pull
 * request cannot start a workflow command (`\r::warning …`); annotations, groups and the failure
 * message pass terminalText, and @actions/core escapes their CR, LF and % itself, which keeps
 * each of them one command. Nothing in src/action calls core.info / warning / error / setFailed
 * / group directly (a test holds that).
 */
import * as core from '@actions/core'
import { logText, terminalText } from '../../core/diagnostics/output.js'

export const info = (text: string): void => core.info(logText(terminalText(text)))
export const warning = (text: string, props: core.AnnotationProperties = {}): void => core.warning(terminalText(text), props)
export const error = (text: string, props: core.AnnotationProperties = {}): void => core.error(terminalText(text), props)
export const setFailed = (text: string): void => core.setFailed(terminalText(text))
export const group = <T>(name: string, fn: () => Promise<T>): Promise<T> => core.group(terminalText(name), fn)
