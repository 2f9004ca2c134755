import { css } from 'lit';
import { fitSeatMap } from '../../ui/seat-map.js';

export const monitorStyles = [
  fitSeatMap,
  css`
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
  /* A TV: the map fills the height on the left, the room's name, light and top causes on the right. */
  .room {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(14rem, 22rem);
    gap: 1rem 1.5rem;
    align-items: start;
    margin-top: 0.75rem;
  }
  .room-head {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    flex-wrap: wrap;
  }
  .room-head h1 {
    font-size: 2.2rem;
    margin: 0;
    overflow-wrap: anywhere;
  }
  .pos {
    color: var(--siap-muted);
    font-size: 1.1rem;
    margin: 0.3rem 0 0.75rem;
  }
  siap-causes {
    font-size: 1.25rem;
    line-height: 1.35;
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
  /* The whole room on one screen (see fitSeatMap): what is above and below the map. */
  siap-seat-map {
    --chrome: 12.5rem;
  }
  /* A phone or a portrait screen: the room's name above, the map, the causes below. */
  @media (max-width: 800px) {
    .screen {
      padding: 0.5rem;
    }
    header {
      gap: 0.4rem 0.8rem;
    }
    .clock {
      font-size: 1.3rem;
    }
    .controls button,
    .controls a {
      min-height: 44px;
      min-width: 44px;
      display: inline-flex;
      align-items: center;
      justify-content: center;
    }
    .room {
      grid-template-columns: minmax(0, 1fr);
    }
    .side {
      order: -1;
    }
    .room-head h1 {
      font-size: 1.5rem;
    }
    .pos {
      margin: 0;
    }
    siap-causes {
      font-size: 1rem;
    }
    siap-seat-map {
      --chrome: 19rem;
    }
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
`,
];
