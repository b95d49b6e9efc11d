/**
 * What the browser preview needs from the host beyond its index (added by the task-pane helper; the host's own
 * files are untouched): the text a cell shows, for drawing the grid.
 */
export { displayText } from './displayText';
