import { render } from 'preact';

render(<p>FTA</p>, document.getElementById('app')!);
