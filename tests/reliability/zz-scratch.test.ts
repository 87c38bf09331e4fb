import { addon, runMenu, setUp, inspect } from './support';
test('x', () => {
  const emulator = addon({ freshGlobalsPerExecution: false });
  setUp(emulator);
  emulator.stats.reset();
  console.log(JSON.stringify(runMenu(emulator, 'refreshMonthView')), emulator.stats.log.length, inspect(emulator, (ss) => ss.getSheets().map((s) => s.getName()).join(',')));
  const r = emulator.run('refreshMonthView');
  console.log(JSON.stringify(r).slice(0, 300), emulator.stats.log.length);
});
