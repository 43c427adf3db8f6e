// What only a chair opens: the list of their rounds and a round's console.
export { ChairConsolePage } from '../../chair/chair-console-page';
export { RoundConsolePage } from '../../chair/round-console-page';
