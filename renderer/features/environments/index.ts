/** The environments feature's public face: the window's one copy of the environments, the picker and the dialog. */
export { EnvironmentsProvider, useActiveEnvironment, useEnvironments, type EnvironmentsView } from './environments-context';
export { EnvironmentPicker } from './environment-picker';
export { EnvironmentsDialog } from './environments-dialog';
