import { css } from 'lit';

export const monitorStyles = css`
  :host {
    display: block;
    min-height: 100vh;
    background: #0b1622;
    color: #e6edf3;
    --siap-surface: #13202e;
    --siap-line: #2c3e50;
    --siap-muted: #9fb0c0;
    --siap-accent: #79c0ff;
    --siap-empty: #3a4d60;
  }
  .screen {
    padding: 1rem 1.5rem;
  }
  header {
    display: flex;
    align-items: center;
    gap: 1rem 1.5rem;
    flex-wrap: wrap;
  }
  .venue {
    font-size: 1.4rem;
    font-weight: 700;
  }
  .clock {
    font-size: 1.8rem;
    font-variant-numeric: tabular-nums;
    margin-left: auto;
  }
  .controls {
    display: flex;
    gap: 0.3rem;
    align-items: center;
  }
  .controls button,
  .controls a {
    font: inherit;
    font-size: 0.85rem;
    background: transparent;
    color: #e6edf3;
    border: 1px solid #ffffff44;
    border-radius: 5px;
    padding: 0.2rem 0.5rem;
    cursor: pointer;
    text-decoration: none;
  }
  siap-counts {
    color: #1b1f24;
  }
  .room-head {
    display: flex;
    align-items: center;
    gap: 1rem;
    flex-wrap: wrap;
    margin: 0.75rem 0 0.5rem;
  }
  .room-head h1 {
    font-size: 2.2rem;
    margin: 0;
  }
  .pos {
    color: var(--siap-muted);
    font-size: 1.1rem;
  }
  siap-causes {
    font-size: 1.1rem;
  }
  .progress {
    height: 3px;
    background: var(--siap-accent);
    transform-origin: left;
    animation-name: fill;
    animation-timing-function: linear;
    margin-bottom: 0.5rem;
  }
  @keyframes fill {
    from {
      transform: scaleX(0);
    }
    to {
      transform: scaleX(1);
    }
  }
  /* The whole room on one TV screen: the map is as wide as the screen height allows. */
  siap-seat-map {
    max-width: calc((100vh - 17rem) / var(--rows, 1) * var(--cols, 1) * 1.25);
    margin: 0 auto;
  }
  /* Brighter lights on the dark screen. */
  siap-light {
    --siap-ready: #3fb950;
    --siap-bad: #ff7b72;
    --siap-incomplete: #d29922;
  }
  .wait {
    font-size: 1.5rem;
  }
  siap-notice {
    color: #1b1f24;
    margin: 0.5rem 0;
  }
`;
